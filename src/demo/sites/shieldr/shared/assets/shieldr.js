// Shieldr's pages. There is no server-side account: the subscription is kept in localStorage, so
// the site can be served as static files and a customer stays signed in.
;(function () {
  'use strict'

  var STORE_KEY = 'shieldr:member'
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

  function member() {
    try {
      return JSON.parse(localStorage.getItem(STORE_KEY) || 'null')
    } catch (e) {
      return null
    }
  }
  function store(record) {
    localStorage.setItem(STORE_KEY, JSON.stringify(record))
  }
  // A month from today, as a calendar date in UTC so that it does not move with the time zone.
  function nextMonth() {
    var now = new Date()
    var d = new Date(Date.UTC(now.getFullYear(), now.getMonth() + 1, Math.min(now.getDate(), 28)))
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear()
  }

  function fillIn(record) {
    var values = record ? { email: record.email, nextBilling: record.nextBilling || nextMonth() } : {}
    document.querySelectorAll('[data-fill]').forEach(function (el) {
      var value = values[el.getAttribute('data-fill')]
      if (value !== undefined) el.textContent = value
    })
    var state = record && record.state !== 'pending' ? record.state : 'none'
    document.querySelectorAll('[data-if-state]').forEach(function (el) {
      el.hidden = el.getAttribute('data-if-state') !== state
    })
    if (record && record.state === 'active') {
      document.querySelectorAll('[data-for-visitors]').forEach(function (el) {
        el.hidden = true
      })
    }
  }

  // Forms move on in script: the demo server answers GET only, and nothing typed here leaves the page.
  function onSubmit(id, handle) {
    var form = document.getElementById(id)
    if (!form) return
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      handle(form)
    })
  }

  var screen = document.body.getAttribute('data-screen')
  if (screen === 'signup') {
    onSubmit('signup-form', function (form) {
      store({ email: form.elements.namedItem('email').value, state: 'pending' })
      location.assign('/checkout')
    })
  }
  if (screen === 'checkout') {
    onSubmit('payment-form', function () {
      var record = member() || { email: 'customer@example.com' }
      record.state = 'active'
      record.nextBilling = nextMonth()
      store(record)
      location.assign('/welcome')
    })
  }
  if (screen === 'login') {
    // Any password logs in: the demo has no accounts, only the subscription this browser bought.
    onSubmit('login-form', function (form) {
      var record = member() || {}
      record.email = form.elements.namedItem('email').value
      record.state = record.state === 'cancelled' ? 'cancelled' : 'active'
      record.nextBilling = record.nextBilling || nextMonth()
      store(record)
      location.assign('/account')
    })
  }
  if (screen === 'cancel') {
    var confirm = document.getElementById('confirm-cancel')
    confirm.addEventListener('click', function () {
      // The dark variant's form of details must be filled before the button cancels anything.
      var details = document.getElementById('cancel-form')
      if (details && !details.reportValidity()) return
      var record = member()
      if (record) {
        record.state = 'cancelled'
        store(record)
      }
      location.assign('/cancel/done')
    })
  }
  if (screen === 'contact') {
    onSubmit('message-form', function (form) {
      form.hidden = true
      document.getElementById('message-sent').hidden = false
    })
  }
  onSubmit('help-search', function () {})
  fillIn(member())
})()
