// The cancellation journey: survey, two retention offers, a confirmation, and a closing page.
;(function () {
  var page = document.body.getAttribute('data-page')
  var account = Streamly.requireAccount()
  if (!account) return
  Streamly.fillAccountFields(account)

  if (page === 'cancel-offer') {
    document.getElementById('accept-offer').addEventListener('click', function () {
      account.discount = { percent: 50, months: 3 }
      Streamly.saveAccount(account)
      location.href = '/account'
    })
  }
  if (page === 'cancel-offer-2') {
    document.getElementById('switch-plan').addEventListener('click', function () {
      account.plan = 'basic'
      Streamly.saveAccount(account)
      location.href = '/account'
    })
  }
  if (page === 'cancel-confirm') {
    document.getElementById('confirm-form').addEventListener('submit', function () {
      account.status = 'cancelled'
      account.endsOn = account.renewsOn
      Streamly.saveAccount(account)
    })
  }
  if (page === 'cancel-done') {
    var toast = document.createElement('div')
    toast.className = 'toast'
    toast.setAttribute('role', 'status')
    toast.textContent = 'Request received'
    document.body.append(toast)
    setTimeout(function () {
      toast.remove()
    }, 2000)
  }
})()
