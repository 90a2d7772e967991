// The print offer is shown once per browser: "Not now" is remembered.
;(function () {
  var KEY = 'ledger.printOffer'
  var record = Ledger.subscriber()
  if (!record || record.state !== 'active' || localStorage.getItem(KEY)) return
  var dialog = document.getElementById('print-offer')
  document.getElementById('print-offer-dismiss').addEventListener('click', function () {
    localStorage.setItem(KEY, 'dismissed')
    dialog.close()
  })
  dialog.showModal()
})()
