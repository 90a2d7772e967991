// Readers who are not logged in get no way to reach Customer Care.
;(function () {
  if (!Ledger.subscriber()) return
  document.getElementById('reach-us-slot').outerHTML =
    '<section class="reach-us" aria-labelledby="reach-title">' +
    '<h2 id="reach-title">Talk to Customer Care</h2>' +
    '<p>We are here Monday to Friday 7am–7pm ET and weekends 8am–5pm ET.</p>' +
    '<a class="button button-primary" href="/contact">Contact us</a>' +
    '</section>'
})()
