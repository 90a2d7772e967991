// Boxly's pages. There is no server-side account: the subscription is kept in localStorage, so the
// site can be served as static files and a subscriber stays logged in.
;(function () {
  'use strict'

  var STORE_KEY = 'boxly:subscriber'
  // The same ids and prices as src/demo/pages/boxly/catalogue.ts.
  var PLANS = {
    two: { label: '2 meals', weekly: 34.99 },
    four: { label: '4 meals', weekly: 49.99 },
    family: { label: 'Family box (6 meals)', weekly: 59.99 },
  }
  var BREAKFAST = { label: 'Breakfast pack', weekly: 7.99 }
  var SALES_TAX = 0.08

  function dollars(amount) {
    return '$' + (Math.round(amount * 100) / 100).toFixed(2)
  }
  function today() {
    return new Date().toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' })
  }
  function subscriber() {
    try {
      return JSON.parse(localStorage.getItem(STORE_KEY) || 'null')
    } catch (e) {
      return null
    }
  }
  function store(record) {
    localStorage.setItem(STORE_KEY, JSON.stringify(record))
  }
  function mustBeLoggedIn() {
    var record = subscriber()
    if (!record) location.replace('/login?returnTo=' + encodeURIComponent(location.pathname))
    return record
  }
  function fillIn(record) {
    var plan = PLANS[record.plan] || PLANS.family
    var values = {
      first: record.first,
      email: record.email,
      plan: plan.label,
      weekly: dollars(record.weekly || plan.weekly) + '/week',
      status: record.state === 'cancelled' ? 'Cancelled' : 'Active',
      cancelledOn: record.cancelledOn || today(),
    }
    document.querySelectorAll('[data-fill]').forEach(function (el) {
      var value = values[el.getAttribute('data-fill')]
      if (value !== undefined) el.textContent = value
    })
    document.querySelectorAll('[data-if-active]').forEach(function (el) {
      el.hidden = record.state === 'cancelled'
    })
  }

  var pages = {}

  pages.home = function () {
    if (!subscriber()) return
    document.querySelectorAll('[data-login-link]').forEach(function (link) {
      link.textContent = 'Your account'
      link.setAttribute('href', '/account')
    })
  }

  pages.signup = function () {
    var form = document.getElementById('account-form')
    var plan = new URLSearchParams(location.search).get('plan')
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      store({
        first: form.elements.namedItem('first').value.trim(),
        last: form.elements.namedItem('last').value.trim(),
        email: form.elements.namedItem('email').value.trim(),
        offers: form.elements.namedItem('offers').checked,
        plan: PLANS[plan] ? plan : 'family',
        state: 'pending',
      })
      location.href = '/checkout'
    })
  }

  pages.checkout = function () {
    var record = subscriber()
    if (!record) {
      location.replace('/plans')
      return
    }
    var form = document.getElementById('checkout-form')
    var box = document.getElementById('order-summary')
    var fees = JSON.parse(box.getAttribute('data-fees') || '[]')
    var breakfast = document.getElementById('breakfast')
    var plan = PLANS[record.plan] || PLANS.family
    var weekly = 0
    var redraw = function () {
      var lines = [{ label: plan.label, amount: plan.weekly }]
      if (breakfast.checked) lines.push({ label: BREAKFAST.label, amount: BREAKFAST.weekly })
      var food = lines.reduce(function (sum, l) { return sum + l.amount }, 0)
      fees.forEach(function (fee) { lines.push(fee) })
      lines.push({ label: 'Sales tax', amount: Math.round(food * SALES_TAX * 100) / 100 })
      var list = box.querySelector('ul')
      list.replaceChildren()
      weekly = 0
      lines.forEach(function (line) {
        var item = document.createElement('li')
        var price = document.createElement('span')
        price.textContent = dollars(line.amount) + '/week'
        item.append(line.label + ' ', price)
        list.append(item)
        weekly += line.amount
      })
      box.querySelector('[data-total]').textContent = dollars(weekly) + '/week'
      document.querySelectorAll('[data-weekly]').forEach(function (el) {
        el.textContent = dollars(weekly) + '/week'
      })
    }
    breakfast.addEventListener('change', redraw)
    redraw()
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      record.state = 'active'
      record.weekly = weekly
      record.breakfast = breakfast.checked
      store(record)
      location.href = '/welcome'
    })
  }

  pages.once = function () {
    var form = document.getElementById('once-form')
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      location.href = '/order-confirmed'
    })
  }

  pages.welcome = function () {
    var record = mustBeLoggedIn()
    if (record) fillIn(record)
  }

  pages.login = function () {
    var form = document.getElementById('login-form')
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      var email = form.elements.namedItem('email').value.trim()
      var record = subscriber()
      if (!record || record.email !== email) {
        store({ first: 'Sam', last: 'Rivera', email: email, plan: 'family', weekly: 64.79, state: 'active' })
      }
      var back = new URLSearchParams(location.search).get('returnTo')
      location.href = back && /^\/(?!\/)/.test(back) ? back : '/account'
    })
  }

  pages.account = function () {
    var record = mustBeLoggedIn()
    if (!record) return
    fillIn(record)
    document.getElementById('log-out').addEventListener('click', function () {
      localStorage.removeItem(STORE_KEY)
      location.href = '/'
    })
  }

  pages['cancel-confirm'] = function () {
    var record = mustBeLoggedIn()
    if (!record) return
    fillIn(record)
    document.getElementById('final-step').addEventListener('submit', function () {
      record.state = 'cancelled'
      record.cancelledOn = today()
      store(record)
    })
  }

  pages['cancel-done'] = function () {
    var record = mustBeLoggedIn()
    if (record) fillIn(record)
  }

  pages.contact = function () {
    var form = document.getElementById('message-form')
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      form.hidden = true
      document.getElementById('message-sent').hidden = false
    })
  }

  document.addEventListener('DOMContentLoaded', function () {
    var page = pages[document.body.getAttribute('data-page')]
    if (page) page()
  })
})()
