// The contact options are only put on the page for signed-in members.
;(function () {
  if (!Streamly.readAccount()) return
  var slot = document.getElementById('help-contact-slot')
  slot.outerHTML =
    '<section class="container help-contact" aria-labelledby="contact-title">' +
    '<div><h2 id="contact-title">Still need help?</h2><p>Our support team answers every day from 8am to 10pm ET.</p></div>' +
    '<a class="btn btn-primary btn-lg" href="/contact">Contact us</a>' +
    '</section>'
})()
