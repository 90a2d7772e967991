// Streamly's front end. The site has no backend: the account lives in localStorage, so a static server
// is enough and a browser context that signed up earlier is still signed in later.
;(function () {
  'use strict'

  var ACCOUNT_KEY = 'streamly.account'
  var CONSENT_KEY = 'streamly.cookie-consent'
  var PLANS = {
    basic: { name: 'Basic', price: 7.99 },
    standard: { name: 'Standard', price: 12.99 },
    premium: { name: 'Premium', price: 17.99 },
  }
  var ADD_ONS = {
    care: { name: 'Streamly Care device protection', price: 2.99 },
    uhd: { name: '4K Ultra HD', price: 3.0 },
  }
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

  function money(amount) {
    return '$' + amount.toFixed(2)
  }

  // Dates are kept as YYYY-MM-DD and computed in UTC so the day never shifts with the time zone.
  function today() {
    var now = new Date()
    return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10)
  }
  function addMonths(isoDate, months) {
    var d = new Date(isoDate + 'T00:00:00Z')
    var day = d.getUTCDate()
    d.setUTCDate(1)
    d.setUTCMonth(d.getUTCMonth() + months)
    var lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
    d.setUTCDate(Math.min(day, lastDay))
    return d.toISOString().slice(0, 10)
  }
  function longDate(isoDate) {
    var d = new Date(isoDate + 'T00:00:00Z')
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear()
  }

  function readAccount() {
    try {
      return JSON.parse(localStorage.getItem(ACCOUNT_KEY) || 'null')
    } catch (e) {
      return null
    }
  }
  function saveAccount(account) {
    localStorage.setItem(ACCOUNT_KEY, JSON.stringify(account))
  }
  function signOut() {
    localStorage.removeItem(ACCOUNT_KEY)
  }
  /** Tells the server what the member just did, so that it sends the e-mail a real service would. A
   * beacon outlives the navigation that follows it. */
  function tellServer(event, account) {
    if (!account || !navigator.sendBeacon) return
    var plan = planOf(account)
    navigator.sendBeacon(
      '/api/mail',
      JSON.stringify({
        event: event,
        email: account.email,
        name: account.name,
        plan: plan.name,
        price: money(plan.price),
        until: account.renewsOn ? longDate(account.renewsOn) : '',
      })
    )
  }
  /** Pages behind sign-in send visitors to /login and come back afterwards. */
  function requireAccount() {
    var account = readAccount()
    if (!account) location.replace('/login?next=' + encodeURIComponent(location.pathname))
    return account
  }
  function demoAccount(email) {
    return {
      name: 'Alex Morgan',
      email: email,
      plan: 'standard',
      marketing: false,
      memberSince: addMonths(today(), -7),
      status: 'active',
      addOns: [],
      extras: [],
      card: { brand: 'Visa', last4: '4242' },
      renewsOn: addMonths(today(), 1),
    }
  }

  function planOf(account) {
    return PLANS[account.plan] || PLANS.standard
  }
  function planPrice(account) {
    var price = planOf(account).price
    return account.discount ? Math.round(price * (100 - account.discount.percent)) / 100 : price
  }
  function monthlyTotal(account) {
    var total = planPrice(account)
    ;(account.addOns || []).forEach(function (id) {
      if (ADD_ONS[id]) total += ADD_ONS[id].price
    })
    ;(account.extras || []).forEach(function (extra) {
      total += extra.price
    })
    return Math.round(total * 100) / 100
  }

  /** Draws the order summary: one line per item, then the total. */
  function renderSummary(items) {
    var box = document.getElementById('order-summary')
    if (!box) return
    var list = box.querySelector('ul')
    list.replaceChildren()
    var total = 0
    items.forEach(function (item) {
      var line = document.createElement('li')
      var price = document.createElement('span')
      price.textContent = money(item.price) + '/mo'
      line.append(item.name + ' ', price)
      list.append(line)
      total += item.price
    })
    box.querySelector('[data-summary-total]').textContent = money(Math.round(total * 100) / 100) + '/mo'
  }

  /** Fills every `data-field` element of the page from the account. */
  function fillAccountFields(account) {
    var plan = planOf(account)
    var values = {
      name: account.name,
      firstName: account.name.split(' ')[0],
      email: account.email,
      planName: plan.name,
      planPrice: money(planPrice(account)) + '/mo',
      monthlyTotal: money(monthlyTotal(account)),
      renewsOn: longDate(account.renewsOn),
      accessUntil: longDate(account.endsOn || account.renewsOn),
      memberSince: MONTHS[new Date(account.memberSince + 'T00:00:00Z').getUTCMonth()] + ' ' + account.memberSince.slice(0, 4),
      card: account.card ? account.card.brand + ' ending in ' + account.card.last4 : 'No card on file',
      addOns:
        (account.addOns || [])
          .map(function (id) {
            return ADD_ONS[id] ? ADD_ONS[id].name : id
          })
          .concat(
            (account.extras || []).map(function (extra) {
              return extra.name
            }),
          )
          .join(', ') || 'None',
    }
    document.querySelectorAll('[data-field]').forEach(function (el) {
      var value = values[el.getAttribute('data-field')]
      if (value !== undefined) el.textContent = value
    })
    document.querySelectorAll('[data-show-when]').forEach(function (el) {
      el.hidden = el.getAttribute('data-show-when') !== account.status
    })
  }

  // ---------- widgets on every page ----------

  function initCookieBanner() {
    var banner = document.querySelector('[data-cookie-banner]')
    if (!banner) return
    var show = function () {
      banner.hidden = false
      document.body.classList.add('has-cookie-banner')
    }
    if (!localStorage.getItem(CONSENT_KEY)) show()
    banner.querySelectorAll('[data-consent]').forEach(function (button) {
      button.addEventListener('click', function () {
        localStorage.setItem(CONSENT_KEY, button.getAttribute('data-consent'))
        banner.hidden = true
        document.body.classList.remove('has-cookie-banner')
      })
    })
    document.querySelectorAll('[data-cookie-settings]').forEach(function (button) {
      button.addEventListener('click', show)
    })
  }

  function initAccountLink() {
    if (!readAccount()) return
    document.querySelectorAll('[data-account-link]').forEach(function (link) {
      link.textContent = 'My account'
      link.setAttribute('href', '/account')
    })
    document.querySelectorAll('[data-signed-out-only]').forEach(function (el) {
      el.hidden = true
    })
  }

  function initDialogs() {
    document.querySelectorAll('[data-open-dialog]').forEach(function (button) {
      button.addEventListener('click', function () {
        document.getElementById(button.getAttribute('data-open-dialog')).showModal()
      })
    })
    document.querySelectorAll('[data-close-dialog]').forEach(function (button) {
      button.addEventListener('click', function () {
        button.closest('dialog').close()
      })
    })
  }

  // ---------- page behaviours shared by both variants ----------

  var pages = {}

  pages.signup = function () {
    var form = document.getElementById('signup-form')
    var chosen = new URLSearchParams(location.search).get('plan')
    if (chosen && PLANS[chosen]) form.querySelector('input[name="plan"][value="' + chosen + '"]').checked = true
    var selectedPlan = function () {
      return form.querySelector('input[name="plan"]:checked').value
    }
    var draw = function () {
      renderSummary([{ name: PLANS[selectedPlan()].name + ' plan', price: PLANS[selectedPlan()].price }])
    }
    form.querySelectorAll('input[name="plan"]').forEach(function (radio) {
      radio.addEventListener('change', draw)
    })
    draw()
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      saveAccount({
        name: form.elements.name.value.trim(),
        email: form.elements.email.value.trim(),
        plan: selectedPlan(),
        marketing: form.elements.marketing.checked,
        memberSince: today(),
        status: 'pending',
        addOns: [],
        extras: [],
      })
      tellServer('signup', readAccount())
      location.href = '/checkout'
    })
  }

  pages.checkout = function () {
    var account = readAccount()
    if (!account) {
      location.replace('/signup')
      return
    }
    var form = document.getElementById('checkout-form')
    var plan = planOf(account)
    var addOnBoxes = form.querySelectorAll('input[name="addons"]')
    var payButton = document.getElementById('pay-button')
    var chosenAddOns = function () {
      return Array.prototype.filter
        .call(addOnBoxes, function (box) {
          return box.checked
        })
        .map(function (box) {
          return box.value
        })
    }
    var draw = function () {
      var items = [{ name: plan.name + ' plan', price: plan.price }]
      chosenAddOns().forEach(function (id) {
        items.push(ADD_ONS[id])
      })
      api.summaryExtras.forEach(function (extra) {
        items.push(extra)
      })
      renderSummary(items)
      var total = items.reduce(function (sum, item) {
        return sum + item.price
      }, 0)
      var price = money(Math.round(total * 100) / 100)
      payButton.textContent = 'Subscribe and pay ' + price + '/mo'
      document.querySelectorAll('[data-checkout-total]').forEach(function (el) {
        el.textContent = price
      })
    }
    if (account.plan === 'premium') document.getElementById('addon-uhd-row').hidden = true
    addOnBoxes.forEach(function (box) {
      box.addEventListener('change', draw)
    })
    draw()

    form.elements.shipName.value = account.name
    var same = document.getElementById('same-address')
    var billing = document.getElementById('billing-fields')
    var syncBilling = function () {
      billing.hidden = same.checked
      billing.querySelectorAll('input').forEach(function (input) {
        input.required = !same.checked && input.hasAttribute('data-required')
      })
    }
    same.addEventListener('change', syncBilling)
    syncBilling()

    form.elements.cardNumber.addEventListener('input', function () {
      var digits = form.elements.cardNumber.value.replace(/\D/g, '').slice(0, 16)
      form.elements.cardNumber.value = digits.replace(/(\d{4})(?=\d)/g, '$1 ')
    })

    form.addEventListener('submit', function (event) {
      event.preventDefault()
      var digits = form.elements.cardNumber.value.replace(/\D/g, '')
      account.addOns = chosenAddOns()
      account.extras = api.summaryExtras.slice()
      account.status = 'active'
      account.card = { brand: digits.charAt(0) === '5' ? 'Mastercard' : 'Visa', last4: digits.slice(-4) }
      account.renewsOn = addMonths(today(), 1)
      saveAccount(account)
      tellServer('purchase', account)
      location.href = '/welcome'
    })
  }

  pages.welcome = function () {
    var account = requireAccount()
    if (account) fillAccountFields(account)
  }

  pages.login = function () {
    var form = document.getElementById('login-form')
    document.getElementById('forgot-password').addEventListener('click', function () {
      document.getElementById('forgot-note').hidden = false
    })
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      var email = form.elements.email.value.trim()
      var account = readAccount()
      if (!account || account.email !== email) saveAccount(demoAccount(email))
      var next = new URLSearchParams(location.search).get('next')
      location.href = next && next.charAt(0) === '/' && next.charAt(1) !== '/' ? next : '/account'
    })
  }

  pages.account = function () {
    var account = requireAccount()
    if (!account) return
    fillAccountFields(account)

    var profile = document.getElementById('profile-form')
    var status = document.getElementById('profile-status')
    var resetProfile = function () {
      profile.elements.name.value = account.name
      profile.elements.email.value = account.email
    }
    resetProfile()
    profile.addEventListener('submit', function (event) {
      event.preventDefault()
      account.name = profile.elements.name.value.trim()
      account.email = profile.elements.email.value.trim()
      saveAccount(account)
      fillAccountFields(account)
      status.textContent = 'Profile saved.'
    })
    var editProfile = document.getElementById('profile-edit')
    editProfile.addEventListener('click', function () {
      profile.hidden = false
      editProfile.hidden = true
    })
    // "Cancel" here discards unsaved edits and closes the form; it leaves the page and the membership alone.
    document.getElementById('profile-cancel').addEventListener('click', function () {
      resetProfile()
      status.textContent = ''
      profile.hidden = true
      editProfile.hidden = false
    })

    var cardForm = document.getElementById('card-form')
    cardForm.addEventListener('submit', function (event) {
      event.preventDefault()
      var digits = cardForm.elements.newCardNumber.value.replace(/\D/g, '')
      account.card = { brand: digits.charAt(0) === '5' ? 'Mastercard' : 'Visa', last4: digits.slice(-4) }
      saveAccount(account)
      fillAccountFields(account)
      cardForm.closest('dialog').close()
    })

    document.getElementById('sign-out').addEventListener('click', function () {
      signOut()
      location.href = '/'
    })
  }

  pages.help = function () {
    var search = document.getElementById('help-search')
    search.addEventListener('input', function () {
      var query = search.value.trim().toLowerCase()
      document.querySelectorAll('.faq details').forEach(function (item) {
        item.hidden = query !== '' && item.textContent.toLowerCase().indexOf(query) === -1
      })
    })
  }

  pages.contact = function () {
    var form = document.getElementById('contact-form')
    var account = readAccount()
    if (account) {
      form.elements.name.value = account.name
      form.elements.email.value = account.email
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      form.hidden = true
      document.getElementById('contact-sent').hidden = false
    })
  }

  var api = {
    PLANS: PLANS,
    ADD_ONS: ADD_ONS,
    money: money,
    today: today,
    addMonths: addMonths,
    longDate: longDate,
    readAccount: readAccount,
    saveAccount: saveAccount,
    requireAccount: requireAccount,
    fillAccountFields: fillAccountFields,
    /** Lines the site adds to the checkout summary on its own (see the variant's checkout script). */
    summaryExtras: [],
  }
  window.Streamly = api

  document.addEventListener('DOMContentLoaded', function () {
    initCookieBanner()
    initAccountLink()
    initDialogs()
    var page = pages[document.body.getAttribute('data-page')]
    if (page) page()
    if (document.body.getAttribute('data-page') === 'cancel-done') tellServer('cancel', readAccount())
  })
})()
