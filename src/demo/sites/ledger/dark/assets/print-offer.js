// Nagging: "Not now" only closes the print offer; nothing remembers it, so every reading page opens
// it again.
;(function () {
  var record = Ledger.subscriber()
  if (!record || record.state !== 'active') return
  var dialog = document.getElementById('print-offer')
  document.getElementById('print-offer-dismiss').addEventListener('click', function () {
    dialog.close()
  })
  dialog.showModal()
})()
