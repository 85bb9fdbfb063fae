// gongkai: progressive enhancements only; every page works without JavaScript.
'use strict';
document.addEventListener('DOMContentLoaded', () => {
  // Move keyboard focus to the first field with an error, so screen-reader users hear it.
  const firstError = document.querySelector('.field.has-error input, .field.has-error select, ' +
                                            '.field.has-error textarea');
  if (firstError) {
    firstError.focus();
  }
  // Ask before irreversible workflow steps (reply, archive).
  for (const form of document.querySelectorAll('form[data-confirm]')) {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  }
});
