
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'channel-label': str`Newsletter per ${0}`,
'confirmation': str`Sie sind jetzt per ${0} angemeldet. Vielen Dank!`,
'heading': `Unsere News in Ihrem Messenger`,
'loading': `Wird geladen …`,
'notice-double-opt-in': str`Ihr Messenger öffnet sich mit der Nachricht „${0}“, bereit zum Senden. Angemeldet sind Sie erst, wenn Sie sie absenden.`,
'notice-instagram': str`In Instagram schreiben Sie „${0}“ bitte selbst.`,
'notice-sender': str`${0} schickt Ihnen Neuigkeiten über den Messenger Ihrer Wahl.`,
'notice-sender-topic': str`${0} schickt Ihnen Neuigkeiten über den Messenger Ihrer Wahl: ${1}.`,
'notice-telegram': `In Telegram tippen Sie auf Starten.`,
'notice-withdrawal': str`Mit „${0}“ im selben Chat melden Sie sich jederzeit ab.`,
'opens-in-new-tab': `(öffnet in neuem Tab)`,
'privacy-close': `Datenschutzhinweise schließen`,
'privacy-controller': str`Verantwortlich für diesen Newsletter ist ${0}. Die Kontaktdaten stehen in der Datenschutzerklärung.`,
'privacy-data': `Wenn Sie sich anmelden, werden Ihre Telefonnummer oder Messenger-Nutzerkennung, Ihr Profilname, wie ihn der Messenger übermittelt, und Ihre Nachrichten mit Zeitpunkt verarbeitet, um Ihnen diesen Newsletter zu senden. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).`,
'privacy-full-policy-link': `Vollständige Datenschutzerklärung lesen`,
'privacy-heading': `Datenschutz auf einen Blick`,
'privacy-policy-link': `Datenschutzerklärung`,
'privacy-provider': `Auch der Messenger-Anbieter (Meta bei WhatsApp, Messenger und Instagram; Telegram bei Telegram) verarbeitet diese Daten nach seinen eigenen Bedingungen, möglicherweise außerhalb der EU.`,
'privacy-retention': `Ihre Daten werden gespeichert, bis Sie sich abmelden, danach wie in der Datenschutzerklärung beschrieben.`,
'privacy-rights': str`Die Anmeldung ist freiwillig. Mit „${0}“ im Chat widerrufen Sie Ihre Einwilligung jederzeit. Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten, auf Widerspruch und auf Beschwerde bei einer Datenschutz-Aufsichtsbehörde.`,
'privacy-toggle-label': `Datenschutzhinweise`,
'privacy-widget': `Dieses Anmeldefeld setzt keine Cookies, speichert nichts auf Ihrem Gerät und lädt keine Inhalte von Dritten. Die Wahl eines Messengers allein meldet Sie nicht an.`,
'qr-close': `QR-Code schließen`,
'qr-code-label': str`QR-Code, der ${0} öffnet`,
'qr-heading': str`Weiter auf dem Smartphone mit ${0}`,
'qr-instruction': str`Scannen Sie den Code mit der Kamera Ihres Smartphones. Dort öffnet sich ${0}, und Sie melden sich an, indem Sie die Nachricht absenden.`,
'qr-open-here': str`${0} stattdessen auf diesem Computer öffnen`,
'save-contact': `Unsere WhatsApp-Nummer als Kontakt speichern`,
    };
  