// Subscription settings, reasons, two retention offers, a final step and a closing page.
;(function () {
  var screen = document.body.getAttribute('data-screen')
  var record = Ledger.mustBeLoggedIn()
  if (!record) return
  Ledger.fillIn(record)

  if (screen === 'cancel-offer') {
    document.getElementById('take-offer').addEventListener('click', function () {
      record.halfPrice = true
      Ledger.store(record)
      location.href = '/account'
    })
  }
  if (screen === 'cancel-offer-2') {
    document.getElementById('pause').addEventListener('click', function () {
      record.pausedUntil = record.nextBilling
      Ledger.store(record)
      location.href = '/account'
    })
  }
  // Cancel not effective: the final step only files a request; the plan stays active and renews.
  if (screen === 'cancel-confirm') {
    document.getElementById('final-step').addEventListener('submit', function () {
      record.cancelRequested = true
      Ledger.store(record)
    })
  }
  if (screen === 'cancel-done') {
    var note = document.createElement('div')
    note.className = 'toast'
    note.setAttribute('role', 'status')
    note.textContent = 'We’ve received your request'
    document.body.append(note)
    setTimeout(function () {
      note.remove()
    }, 2000)
  }
})()
