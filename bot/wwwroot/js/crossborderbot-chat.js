// Starts the official Bot Framework Web Chat against this bot's own Direct Line endpoint (polling, no cloud service).
// The page never sees the Direct Line secret: it asks the bot host for a token scoped to one conversation and user,
// and keeps that conversation (id + user id) in localStorage so a reload resumes it.
(function () {
  'use strict';

  var WEBCHAT_VERSION = '4.18.1';
  var CDN_BUNDLE = 'https://cdn.botframework.com/botframework-webchat/' + WEBCHAT_VERSION + '/webchat.js';
  // Subresource Integrity of exactly that bundle (the npm package's dist/webchat.js, which the CDN serves unchanged):
  // the browser refuses a CDN file that differs. Update it together with WEBCHAT_VERSION.
  var CDN_BUNDLE_INTEGRITY = 'sha384-AHFvk4Hi30kPlGug5u1RCA9gNO18GRKqhYcFtulI9sUUUp3HBpyjyTUf2/GVUHHb';
  var STORAGE_KEY = 'crossborderbot.webchat.v1';
  var script = document.currentScript;

  function hostBase(explicitHost) {
    var base = explicitHost || new URL('.', script && script.src ? new URL('..', script.src) : document.baseURI).href;
    return base.replace(/\/+$/, '');
  }

  function loadWebChat() {
    if (window.WebChat) {
      return Promise.resolve(window.WebChat);
    }

    // The local bundle is missing (the bot was built without npm): use the public CDN, which needs internet.
    return new Promise(function (resolve, reject) {
      var tag = document.createElement('script');
      tag.src = CDN_BUNDLE;
      tag.integrity = CDN_BUNDLE_INTEGRITY;
      tag.crossOrigin = 'anonymous';
      tag.onload = function () { resolve(window.WebChat); };
      tag.onerror = function () { reject(new Error('Web Chat could not be loaded: the bot was built without npm and the CDN is unreachable.')); };
      document.head.appendChild(tag);
    });
  }

  function readSaved(key) {
    try {
      return JSON.parse(window.localStorage.getItem(key) || '{}') || {};
    } catch (e) {
      return {};
    }
  }

  function save(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      // Private browsing may refuse storage: the chat still works, it just will not resume after a reload.
    }
  }

  function fetchToken(base, saved) {
    return fetch(base + '/api/webchat/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: saved.userId, conversationId: saved.conversationId })
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('The bot did not give a chat token (HTTP ' + response.status + ').');
      }
      return response.json();
    });
  }

  function styleOptions(base) {
    return {
      accent: '#0b6e4f',
      backgroundColor: '#f4f7f6',
      botAvatarImage: base + '/img/bot-avatar.svg',
      botAvatarInitials: 'CB',
      userAvatarInitials: 'You',
      bubbleBackground: '#ffffff',
      bubbleBorderColor: '#d4e0dc',
      bubbleBorderRadius: 12,
      bubbleFromUserBackground: '#0b6e4f',
      bubbleFromUserBorderColor: '#0b6e4f',
      bubbleFromUserBorderRadius: 12,
      bubbleFromUserTextColor: '#ffffff',
      bubbleMaxWidth: 560,
      hideUploadButton: true,
      primaryFont: '"Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif',
      sendBoxButtonColor: '#0b6e4f',
      suggestedActionLayout: 'flow'
    };
  }

  /**
   * Mounts the chat in an element. options.host: the bot's address when the script runs on another site
   * (that site must be listed in the bot's DirectLine:AllowedOrigins); defaults to where this script came from.
   */
  function mount(element, options) {
    options = options || {};
    var base = hostBase(options.host);
    var key = STORAGE_KEY + ':' + base;
    var status = options.statusElement;
    var saved = readSaved(key);
    var locale = (navigator.language || 'en-US').toLowerCase().indexOf('zh') === 0 ? 'zh-CN' : 'en-US';

    return Promise.all([loadWebChat(), fetchToken(base, saved)]).then(function (results) {
      var WebChat = results[0];
      var session = results[1];
      save(key, { userId: session.userId, conversationId: session.conversationId });
      var directLine = WebChat.createDirectLine({
        token: session.token,
        domain: base + '/v3/directline',
        webSocket: false
      });
      if (status) {
        status.hidden = true;
      }
      WebChat.renderWebChat({
        directLine: directLine,
        userID: session.userId,
        username: locale === 'zh-CN' ? '您' : 'You',
        locale: locale,
        styleOptions: styleOptions(base)
      }, element);
      return directLine;
    }).catch(function (error) {
      if (status) {
        status.hidden = false;
        status.textContent = 'Sorry, the chat could not start: ' + error.message;
      }
      throw error;
    });
  }

  function forget(options) {
    try {
      window.localStorage.removeItem(STORAGE_KEY + ':' + hostBase(options && options.host));
    } catch (e) {
      // Nothing saved, nothing to forget.
    }
  }

  window.CrossBorderBotChat = { mount: mount, forget: forget };

  // <script src=".../js/crossborderbot-chat.js" data-target="element-id" [data-host="https://bot.example"]>
  if (script && script.dataset && script.dataset.target) {
    var start = function () {
      var element = document.getElementById(script.dataset.target);
      var statusElement = script.dataset.status ? document.getElementById(script.dataset.status) : null;
      var newButton = script.dataset.newConversation ? document.getElementById(script.dataset.newConversation) : null;
      if (newButton) {
        newButton.addEventListener('click', function () {
          forget({ host: script.dataset.host });
          window.location.reload();
        });
      }
      mount(element, { host: script.dataset.host, statusElement: statusElement }).catch(function (error) {
        if (window.console) {
          window.console.error(error);
        }
      });
    };
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start);
    } else {
      start();
    }
  }
})();
