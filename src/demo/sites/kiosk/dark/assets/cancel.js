// The dark cancellation page: only for a signed-in reader, and the request goes nowhere a reader
// could keep.
;(function () {
  var page = document.body.getAttribute('data-page')
  var record = Kiosk.reader()
  if (page === 'kuendigen') {
    if (!record) {
      location.replace('/login?weiter=%2Fkuendigen')
      return
    }
    Kiosk.fillIn(record)
    document.getElementById('cancel-form').addEventListener('submit', function (event) {
      event.preventDefault()
      record.state = 'cancel-requested'
      Kiosk.store(record)
      location.href = '/kuendigen/fertig'
    })
  }
})()
