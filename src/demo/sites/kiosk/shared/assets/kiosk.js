// Kiosk Plus's pages. There is no server-side account: the subscription and a cancellation are
// kept in localStorage, so the site can be served as static files.
;(function () {
  'use strict'

  var STORE_KEY = 'kioskplus:leser'
  var CANCELLATION_KEY = 'kioskplus:kuendigung'
  var PLANS = {
    digital: { label: 'Kiosk Plus Digital', monthly: 9.99 },
    familie: { label: 'Kiosk Plus Familie', monthly: 14.99 },
  }

  function euros(amount) {
    return amount.toFixed(2).replace('.', ',') + ' €'
  }
  function two(n) {
    return (n < 10 ? '0' : '') + n
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
  /** "23.12.2026" */
  function germanDate(iso) {
    return iso.slice(8, 10) + '.' + iso.slice(5, 7) + '.' + iso.slice(0, 4)
  }
  /** "23.11.2026 um 14:05 Uhr", in the reader's local time: when they pressed the button. */
  function germanMoment(stamp) {
    var d = new Date(stamp)
    return two(d.getDate()) + '.' + two(d.getMonth() + 1) + '.' + d.getFullYear() + ' um ' + two(d.getHours()) + ':' + two(d.getMinutes()) + ' Uhr'
  }

  function read(key) {
    try {
      return JSON.parse(localStorage.getItem(key) || 'null')
    } catch (e) {
      return null
    }
  }
  function write(key, value) {
    localStorage.setItem(key, JSON.stringify(value))
  }
  var reader = function () {
    return read(STORE_KEY)
  }
  var store = function (record) {
    write(STORE_KEY, record)
  }
  function sampleReader(email) {
    return {
      firstName: 'Lena',
      lastName: 'Hoffmann',
      email: email,
      plan: 'digital',
      customerNumber: 'KP-204711',
      since: monthsLater(todayIso(), -8),
      state: 'active',
      nextBilling: monthsLater(todayIso(), 1),
    }
  }

  /** Puts the reader's details into every `data-fill` element. */
  function fillIn(record) {
    var plan = PLANS[record.plan] || PLANS.digital
    var values = {
      name: record.firstName + ' ' + record.lastName,
      email: record.email,
      plan: plan.label,
      monthly: euros(plan.monthly),
      nextBilling: germanDate(record.nextBilling || monthsLater(todayIso(), 1)),
      customerNumber: record.customerNumber || 'KP-204711',
    }
    document.querySelectorAll('[data-fill]').forEach(function (el) {
      var value = values[el.getAttribute('data-fill')]
      if (value !== undefined) el.textContent = value
    })
  }

  var behaviours = {}

  behaviours.registrieren = function () {
    var form = document.getElementById('signup-form')
    var requested = new URLSearchParams(location.search).get('tarif')
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      store({
        firstName: form.elements.namedItem('vorname').value.trim(),
        lastName: form.elements.namedItem('nachname').value.trim(),
        email: form.elements.namedItem('email').value.trim(),
        plan: PLANS[requested] ? requested : 'digital',
        customerNumber: 'KP-' + String(200000 + Math.floor(Math.random() * 99999)),
        since: todayIso(),
        state: 'pending',
      })
      location.href = '/kasse'
    })
  }

  behaviours.kasse = function () {
    var record = reader()
    if (!record) {
      location.replace('/registrieren')
      return
    }
    fillIn(record)
    var other = document.getElementById('delivery-form')
    document.getElementById('delivery-open').addEventListener('click', function () {
      other.hidden = false
    })
    document.getElementById('delivery-save').addEventListener('click', function () {
      other.hidden = true
    })
    // Closes the delivery-address form and forgets what was typed in it; nothing else.
    document.getElementById('delivery-cancel').addEventListener('click', function () {
      other.querySelectorAll('input').forEach(function (input) {
        input.value = ''
      })
      other.hidden = true
    })
    var form = document.getElementById('order-form')
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      record.state = 'active'
      record.nextBilling = monthsLater(todayIso(), 1)
      store(record)
      location.href = '/willkommen'
    })
  }

  behaviours.willkommen = function () {
    var record = reader()
    if (record) fillIn(record)
  }

  behaviours.login = function () {
    var form = document.getElementById('login-form')
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      var email = form.elements.namedItem('email').value.trim()
      var record = reader()
      if (!record || record.email !== email) store(sampleReader(email))
      var next = new URLSearchParams(location.search).get('weiter')
      location.href = next && /^\/(?!\/)/.test(next) ? next : '/konto'
    })
  }

  behaviours.konto = function () {
    var record = reader()
    if (!record) {
      location.replace('/login?weiter=%2Fkonto')
      return
    }
    fillIn(record)
  }

  behaviours.mitgliedschaft = function () {
    var record = reader()
    if (record) fillIn(record)
  }

  behaviours.kontakt = function () {
    var form = document.getElementById('contact-form')
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      form.hidden = true
      document.getElementById('contact-sent').hidden = false
    })
  }

  window.Kiosk = {
    PLANS: PLANS,
    euros: euros,
    germanDate: germanDate,
    germanMoment: germanMoment,
    todayIso: todayIso,
    monthsLater: monthsLater,
    reader: reader,
    store: store,
    fillIn: fillIn,
    cancellation: function () {
      return read(CANCELLATION_KEY)
    },
    storeCancellation: function (value) {
      write(CANCELLATION_KEY, value)
    },
  }

  document.addEventListener('DOMContentLoaded', function () {
    var behaviour = behaviours[document.body.getAttribute('data-page')]
    if (behaviour) behaviour()
  })
})()
