// Slow step: the card form stays behind a spinner for 5.5 seconds. The session timer restarts with
// every visit, as session timers do.
;(function () {
  'use strict'
  var started = Date.now()
  var pad = function (n) {
    return (n < 10 ? '0' : '') + n
  }
  var session = document.querySelector('[data-session-countdown]')
  function tick() {
    var left = Math.max(0, 900 - Math.floor((Date.now() - started) / 1000))
    session.textContent = pad(Math.floor(left / 60)) + ':' + pad(left % 60)
  }
  tick()
  setInterval(tick, 250)
  setTimeout(function () {
    document.getElementById('checkout-loader').hidden = true
    document.getElementById('payment-form').hidden = false
  }, 5500)
})()
