// The cancellation form and its confirmation: no login, the declaration is stamped with the moment
// the button was pressed, and the confirmation can be saved as a file.
;(function () {
  var page = document.body.getAttribute('data-page')
  var record = Kiosk.reader()

  if (page === 'kuendigen') {
    var form = document.getElementById('cancel-form')
    if (record) {
      form.elements.namedItem('name').value = record.firstName + ' ' + record.lastName
      form.elements.namedItem('email').value = record.email
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      var kind = form.querySelector('input[name="art"]:checked')
      Kiosk.storeCancellation({
        at: new Date().toISOString(),
        name: form.elements.namedItem('name').value.trim(),
        email: form.elements.namedItem('email').value.trim(),
        contract: form.elements.namedItem('vertrag').value.trim() || (record && record.customerNumber) || '',
        kind: kind ? kind.value : 'ordentlich',
        plan: record ? Kiosk.PLANS[record.plan].label : 'Kiosk Plus',
        endsOn: record ? record.nextBilling : '',
      })
      if (record) {
        record.state = 'cancelled'
        Kiosk.store(record)
      }
      location.href = '/kuendigen/bestaetigung'
    })
  }

  if (page === 'kuendigen-bestaetigung') {
    var done = Kiosk.cancellation()
    if (!done) return
    var moment = Kiosk.germanMoment(done.at)
    var ends = done.endsOn ? 'zum ' + Kiosk.germanDate(done.endsOn) : 'zum Ende des laufenden Abrechnungszeitraums'
    var values = {
      moment: moment,
      plan: done.plan,
      ends: ends,
      kind: done.kind === 'ausserordentlich' ? 'außerordentliche Kündigung' : 'ordentliche Kündigung',
      name: done.name,
      email: done.email,
      contract: done.contract || '—',
    }
    document.querySelectorAll('[data-cancel]').forEach(function (el) {
      var value = values[el.getAttribute('data-cancel')]
      if (value !== undefined) el.textContent = value
    })
    var lines = [
      'Kündigungsbestätigung — Kiosk Plus',
      '',
      'Ihre Kündigungserklärung ist am ' + moment + ' über die Schaltfläche „Jetzt kündigen“ bei uns eingegangen.',
      'Vertrag: ' + done.plan + (done.contract ? ' (' + done.contract + ')' : ''),
      'Art: ' + values.kind,
      'Das Abo endet ' + ends + '.',
      'Name: ' + done.name,
      'E-Mail: ' + done.email,
    ]
    var save = document.getElementById('save-confirmation')
    save.href = URL.createObjectURL(new Blob([lines.join('\n')], { type: 'text/plain;charset=utf-8' }))
    save.setAttribute('download', 'kuendigungsbestaetigung-kiosk-plus.txt')
  }
})()
