;(function () {
  var record = Ledger.mustBeLoggedIn()
  if (!record) return
  if (document.body.getAttribute('data-screen') === 'cancel-confirm') {
    document.getElementById('final-step').addEventListener('submit', function () {
      record.state = 'cancelled'
      record.accessUntil = record.nextBilling
      Ledger.store(record)
    })
  }
  Ledger.fillIn(record)
})()
