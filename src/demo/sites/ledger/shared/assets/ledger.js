// The Daily Ledger's pages. There is no server-side account: the subscription is kept in
// localStorage, so the site can be served as static files and a reader stays signed in.
;(function () {
  'use strict'

  var STORE_KEY = 'dailyledger:subscriber'
  var COOKIE_KEY = 'dailyledger:cookies'
  var PLANS = {
    digital: { label: 'Digital', monthly: 15 },
    allaccess: { label: 'All-access', monthly: 25 },
  }
  var EXTRAS = {
    puzzles: { label: 'The Ledger Puzzles', monthly: 2 },
    audio: { label: 'Audio edition', monthly: 3 },
  }
  var MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
  var DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

  function dollars(amount) {
    return '$' + (Math.round(amount * 100) / 100).toFixed(2)
  }

  // Calendar dates as YYYY-MM-DD in UTC: a renewal date must not move with the reader's time zone.
  function todayIso() {
    var now = new Date()
    return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10)
  }
  function monthsLater(iso, count) {
    var d = new Date(iso + 'T00:00:00Z')
    var day = d.getUTCDate()
    d.setUTCDate(1)
    d.setUTCMonth(d.getUTCMonth() + count)
    var monthLength = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
    d.setUTCDate(Math.min(day, monthLength))
    return d.toISOString().slice(0, 10)
  }
  function spelledDate(iso) {
    var d = new Date(iso + 'T00:00:00Z')
    return d.getUTCDate() + ' ' + MONTH_NAMES[d.getUTCMonth()] + ' ' + d.getUTCFullYear()
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
  function logOut() {
    localStorage.removeItem(STORE_KEY)
  }
  /** Subscriber-only pages send anonymous readers to /login, which brings them back. */
  function mustBeLoggedIn() {
    var record = subscriber()
    if (!record) location.replace('/login?returnTo=' + encodeURIComponent(location.pathname))
    return record
  }
  function sampleSubscriber(email) {
    return {
      firstName: 'Jordan',
      lastName: 'Ellis',
      email: email,
      plan: 'digital',
      offers: false,
      since: monthsLater(todayIso(), -14),
      state: 'active',
      extras: [],
      fees: [],
      card: { brand: 'Visa', last4: '4242' },
      nextBilling: monthsLater(todayIso(), 1),
    }
  }

  function monthlyCost(record) {
    var plan = PLANS[record.plan] || PLANS.digital
    var cost = record.halfPrice ? plan.monthly / 2 : plan.monthly
    ;(record.extras || []).forEach(function (id) {
      if (EXTRAS[id]) cost += EXTRAS[id].monthly
    })
    return cost
  }

  /** Draws the order summary: one line per item, then what is due today and what recurs. */
  function drawSummary(lines) {
    var box = document.getElementById('order-summary')
    if (!box) return
    var list = box.querySelector('ul')
    list.replaceChildren()
    var dueToday = 0
    var monthly = 0
    lines.forEach(function (line) {
      var item = document.createElement('li')
      var price = document.createElement('span')
      price.textContent = dollars(line.amount) + (line.recurring ? '/mo' : '')
      item.append(line.label + ' ', price)
      list.append(item)
      dueToday += line.amount
      if (line.recurring) monthly += line.amount
    })
    box.querySelector('[data-due-today]').textContent = dollars(dueToday)
    box.querySelector('[data-then-monthly]').textContent = dollars(monthly)
    return { dueToday: dueToday, monthly: monthly }
  }

  /** Puts the subscriber's details into every `data-fill` element. */
  function fillIn(record) {
    var plan = PLANS[record.plan] || PLANS.digital
    var values = {
      firstName: record.firstName,
      fullName: record.firstName + ' ' + record.lastName,
      email: record.email,
      plan: plan.label,
      monthly: dollars(monthlyCost(record)),
      nextBilling: spelledDate(record.nextBilling),
      accessUntil: spelledDate(record.accessUntil || record.nextBilling),
      since: MONTH_NAMES[new Date(record.since + 'T00:00:00Z').getUTCMonth()] + ' ' + record.since.slice(0, 4),
      card: record.card ? record.card.brand + ' •••• ' + record.card.last4 : '—',
      extras:
        (record.extras || [])
          .map(function (id) {
            return EXTRAS[id] ? EXTRAS[id].label : id
          })
          .join(', ') || 'None',
    }
    document.querySelectorAll('[data-fill]').forEach(function (el) {
      var value = values[el.getAttribute('data-fill')]
      if (value !== undefined) el.textContent = value
    })
    document.querySelectorAll('[data-if-state]').forEach(function (el) {
      el.hidden = el.getAttribute('data-if-state') !== record.state
    })
  }

  // ---------- on every page ----------

  function cookieNotice() {
    var notice = document.querySelector('.cookie-notice')
    if (!notice) return
    var open = function () {
      notice.hidden = false
      document.body.classList.add('cookie-notice-open')
    }
    if (!localStorage.getItem(COOKIE_KEY)) open()
    notice.querySelectorAll('button[data-choice]').forEach(function (button) {
      button.addEventListener('click', function () {
        localStorage.setItem(COOKIE_KEY, button.getAttribute('data-choice'))
        notice.hidden = true
        document.body.classList.remove('cookie-notice-open')
      })
    })
    document.querySelectorAll('[data-reopen-cookies]').forEach(function (button) {
      button.addEventListener('click', open)
    })
  }

  function masthead() {
    var now = new Date()
    document.querySelectorAll('[data-today]').forEach(function (el) {
      el.textContent = DAY_NAMES[now.getDay()] + ', ' + MONTH_NAMES[now.getMonth()] + ' ' + now.getDate() + ', ' + now.getFullYear()
    })
    if (!subscriber()) return
    document.querySelectorAll('[data-login-link]').forEach(function (link) {
      link.textContent = 'My account'
      link.setAttribute('href', '/account')
    })
    document.querySelectorAll('[data-for-visitors]').forEach(function (el) {
      el.hidden = true
    })
  }

  function modals() {
    document.querySelectorAll('[data-opens]').forEach(function (button) {
      button.addEventListener('click', function () {
        document.getElementById(button.getAttribute('data-opens')).showModal()
      })
    })
    document.querySelectorAll('[data-closes]').forEach(function (button) {
      button.addEventListener('click', function () {
        button.closest('dialog').close()
      })
    })
  }

  // ---------- pages the two variants share ----------

  var behaviours = {}

  behaviours.signup = function () {
    var form = document.getElementById('start-form')
    var planSelect = form.elements.namedItem('plan')
    var requested = new URLSearchParams(location.search).get('plan')
    if (requested && PLANS[requested]) planSelect.value = requested
    var redraw = function () {
      var plan = PLANS[planSelect.value]
      drawSummary([{ label: plan.label + ' subscription', amount: plan.monthly, recurring: true }])
    }
    planSelect.addEventListener('change', redraw)
    redraw()
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      store({
        firstName: form.elements.namedItem('firstName').value.trim(),
        lastName: form.elements.namedItem('lastName').value.trim(),
        email: form.elements.namedItem('email').value.trim(),
        plan: planSelect.value,
        offers: form.elements.namedItem('offers').checked,
        since: todayIso(),
        state: 'pending',
        extras: [],
        fees: [],
      })
      location.href = '/checkout'
    })
  }

  behaviours.payment = function () {
    var record = subscriber()
    if (!record) {
      location.replace('/signup')
      return
    }
    var form = document.getElementById('payment-form')
    var plan = PLANS[record.plan] || PLANS.digital
    var extraBoxes = form.querySelectorAll('input[name="extras"]')
    var payButton = document.getElementById('pay')
    var ticked = function () {
      return Array.prototype.filter
        .call(extraBoxes, function (box) {
          return box.checked
        })
        .map(function (box) {
          return box.value
        })
    }
    var redraw = function () {
      var lines = [{ label: plan.label + ' subscription', amount: plan.monthly, recurring: true }]
      ticked().forEach(function (id) {
        lines.push({ label: EXTRAS[id].label, amount: EXTRAS[id].monthly, recurring: true })
      })
      api.addedCharges.forEach(function (charge) {
        lines.push(charge)
      })
      var totals = drawSummary(lines)
      payButton.textContent = 'Pay ' + dollars(totals.dueToday) + ' and subscribe'
      document.querySelectorAll('[data-monthly-after]').forEach(function (el) {
        el.textContent = dollars(totals.monthly)
      })
    }
    extraBoxes.forEach(function (box) {
      box.addEventListener('change', redraw)
    })
    redraw()

    form.elements.namedItem('cardName').value = record.firstName + ' ' + record.lastName
    var sameAddress = document.getElementById('billing-same')
    var billingPart = document.getElementById('billing-address')
    var syncBilling = function () {
      billingPart.hidden = sameAddress.checked
      billingPart.querySelectorAll('input').forEach(function (input) {
        input.required = !sameAddress.checked
      })
    }
    sameAddress.addEventListener('change', syncBilling)
    syncBilling()

    var cardInput = form.elements.namedItem('cardNumber')
    cardInput.addEventListener('input', function () {
      var digits = cardInput.value.replace(/\D/g, '').slice(0, 16)
      cardInput.value = digits.replace(/(\d{4})(?=\d)/g, '$1 ')
    })

    form.addEventListener('submit', function (event) {
      event.preventDefault()
      var digits = cardInput.value.replace(/\D/g, '')
      record.extras = ticked()
      record.fees = api.addedCharges.slice()
      record.state = 'active'
      record.card = { brand: digits.charAt(0) === '5' ? 'Mastercard' : 'Visa', last4: digits.slice(-4) }
      record.nextBilling = monthsLater(todayIso(), 1)
      store(record)
      location.href = '/welcome'
    })
  }

  behaviours.welcome = function () {
    var record = mustBeLoggedIn()
    if (record) fillIn(record)
  }

  behaviours.login = function () {
    var form = document.getElementById('login-form')
    document.getElementById('reset-password').addEventListener('click', function () {
      document.getElementById('reset-hint').hidden = false
    })
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      var email = form.elements.namedItem('email').value.trim()
      var record = subscriber()
      if (!record || record.email !== email) store(sampleSubscriber(email))
      var back = new URLSearchParams(location.search).get('returnTo')
      location.href = back && /^\/(?!\/)/.test(back) ? back : '/account'
    })
  }

  behaviours.account = function () {
    var record = mustBeLoggedIn()
    if (!record) return
    fillIn(record)

    var profile = document.getElementById('profile')
    var note = document.getElementById('profile-note')
    var field = function (name) {
      return profile.elements.namedItem(name)
    }
    var restore = function () {
      field('firstName').value = record.firstName
      field('lastName').value = record.lastName
      field('email').value = record.email
    }
    restore()
    profile.addEventListener('submit', function (event) {
      event.preventDefault()
      record.firstName = field('firstName').value.trim()
      record.lastName = field('lastName').value.trim()
      record.email = field('email').value.trim()
      store(record)
      fillIn(record)
      note.textContent = 'Your changes have been saved.'
    })
    // Throws away unsaved profile edits; nothing else.
    document.getElementById('profile-discard').addEventListener('click', function () {
      restore()
      note.textContent = ''
    })

    var cardForm = document.getElementById('new-card')
    cardForm.addEventListener('submit', function (event) {
      event.preventDefault()
      var digits = cardForm.elements.namedItem('replacementNumber').value.replace(/\D/g, '')
      record.card = { brand: digits.charAt(0) === '5' ? 'Mastercard' : 'Visa', last4: digits.slice(-4) }
      store(record)
      fillIn(record)
      cardForm.closest('dialog').close()
    })

    document.getElementById('log-out').addEventListener('click', function () {
      logOut()
      location.href = '/'
    })
  }

  behaviours.care = function () {
    var box = document.getElementById('care-search')
    box.addEventListener('input', function () {
      var words = box.value.trim().toLowerCase()
      document.querySelectorAll('.questions details').forEach(function (entry) {
        entry.hidden = words !== '' && entry.textContent.toLowerCase().indexOf(words) === -1
      })
    })
  }

  behaviours.contact = function () {
    var form = document.getElementById('message-form')
    var record = subscriber()
    if (record) {
      form.elements.namedItem('name').value = record.firstName + ' ' + record.lastName
      form.elements.namedItem('email').value = record.email
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      form.hidden = true
      document.getElementById('message-sent').hidden = false
    })
  }

  var api = {
    PLANS: PLANS,
    dollars: dollars,
    spelledDate: spelledDate,
    subscriber: subscriber,
    store: store,
    mustBeLoggedIn: mustBeLoggedIn,
    fillIn: fillIn,
    /** Charges the site puts in the payment summary by itself (see the variant's payment script). */
    addedCharges: [],
  }
  window.Ledger = api

  document.addEventListener('DOMContentLoaded', function () {
    cookieNotice()
    masthead()
    modals()
    var behaviour = behaviours[document.body.getAttribute('data-screen')]
    if (behaviour) behaviour()
  })
})()
