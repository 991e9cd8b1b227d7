
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'channel-label': str`Newsletter su ${0}`,
'confirmation': str`La tua iscrizione tramite ${0} è attiva. Grazie!`,
'heading': `Ricevi le nostre novità nella tua app di messaggistica`,
'loading': `Caricamento…`,
'notice-double-opt-in': str`La tua app di messaggistica si apre con il messaggio «${0}» pronto da inviare. L’iscrizione avviene solo quando lo invii.`,
'notice-instagram': str`Su Instagram, scrivi «${0}» manualmente.`,
'notice-sender': str`${0} ti invia novità tramite l’app di messaggistica che scegli.`,
'notice-sender-topic': str`${0} ti invia novità tramite l’app di messaggistica che scegli: ${1}.`,
'notice-telegram': `Su Telegram, tocca Avvia.`,
'notice-withdrawal': str`Invia «${0}» nella stessa chat in qualsiasi momento per annullare l’iscrizione.`,
'opens-in-new-tab': `(si apre in una nuova scheda)`,
'privacy-close': `Chiudi le informazioni sulla privacy`,
'privacy-controller': str`Il titolare del trattamento per questa newsletter è ${0}. I suoi dati di contatto sono riportati nell’informativa sulla privacy.`,
'privacy-data': `Quando ti iscrivi, il tuo numero di telefono o il tuo ID utente nell’app di messaggistica, il tuo nome profilo come fornito dall’app e i tuoi messaggi con data e ora vengono trattati per inviarti questa newsletter. La base giuridica è il tuo consenso, ai sensi dell’articolo 6, paragrafo 1, lettera a), del GDPR.`,
'privacy-full-policy-link': `Leggi l’informativa sulla privacy completa`,
'privacy-heading': `La privacy in breve`,
'privacy-policy-link': `Informativa sulla privacy`,
'privacy-provider': `Anche il fornitore dell’app di messaggistica (Meta per WhatsApp, Messenger e Instagram; Telegram per Telegram) tratta questi dati secondo le proprie condizioni, eventualmente al di fuori dell’UE.`,
'privacy-retention': `I tuoi dati vengono conservati fino all’annullamento dell’iscrizione e, successivamente, come descritto nell’informativa sulla privacy.`,
'privacy-rights': str`L’iscrizione è facoltativa. Puoi revocare il consenso in qualsiasi momento inviando «${0}» nella chat. Hai diritto di accesso, di rettifica e di cancellazione dei tuoi dati, diritto di opposizione e diritto di proporre reclamo a un’autorità di controllo per la protezione dei dati.`,
'privacy-toggle-label': `Informazioni sulla privacy`,
'privacy-widget': `Questo riquadro di iscrizione non imposta cookie, non salva nulla sul tuo dispositivo e non carica contenuti di terze parti. Scegliere un’app di messaggistica non basta per iscriverti.`,
'qr-close': `Chiudi il codice QR`,
'qr-code-label': str`Codice QR che apre ${0}`,
'qr-heading': str`Continua sul telefono con ${0}`,
'qr-instruction': str`Scansiona il codice con la fotocamera del tuo telefono. ${0} si apre lì e l’iscrizione avviene solo quando invii il messaggio.`,
'qr-open-here': str`Apri invece ${0} su questo computer`,
'save-contact': `Salva il nostro numero WhatsApp nei contatti`,
    };
  