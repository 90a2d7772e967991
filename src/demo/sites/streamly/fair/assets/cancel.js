;(function () {
  var page = document.body.getAttribute('data-page')
  var account = Streamly.requireAccount()
  if (!account) return
  if (page === 'cancel-confirm') {
    document.getElementById('confirm-form').addEventListener('submit', function () {
      account.status = 'cancelled'
      account.endsOn = account.renewsOn
      Streamly.saveAccount(account)
    })
  }
  Streamly.fillAccountFields(account)
})()
