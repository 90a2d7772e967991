// Fake urgency: the deal "ends" ten minutes after each page load, whenever that is. The spring
// sale's clock below it counts to a fixed date, and every visit shows the same deadline.
;(function () {
  'use strict'
  var started = Date.now()
  var SALE_ENDS = Date.UTC(2027, 2, 31, 23, 59, 59)
  var pad = function (n) {
    return (n < 10 ? '0' : '') + n
  }
  var deal = document.querySelector('[data-deal-countdown]')
  var sale = document.querySelector('[data-sale-countdown]')
  function tick() {
    var left = Math.max(0, 600 - Math.floor((Date.now() - started) / 1000))
    deal.textContent = pad(Math.floor(left / 60)) + ':' + pad(left % 60)
    var saleLeft = Math.max(0, Math.floor((SALE_ENDS - Date.now()) / 1000))
    var days = Math.floor(saleLeft / 86400)
    var rest = saleLeft % 86400
    sale.textContent = days + 'd ' + pad(Math.floor(rest / 3600)) + ':' + pad(Math.floor((rest % 3600) / 60)) + ':' + pad(rest % 60)
  }
  tick()
  setInterval(tick, 250)
})()
