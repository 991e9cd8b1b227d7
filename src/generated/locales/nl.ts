
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'channel-label': str`Nieuwsbrief via ${0}`,
'confirmation': str`Je bent aangemeld via ${0}. Bedankt!`,
'heading': `Ontvang ons nieuws in je berichtenapp`,
'loading': `Bezig met laden…`,
'notice-double-opt-in': str`Je berichtenapp opent met het bericht ‘${0}’, klaar om te versturen. Je bent pas aangemeld als je het verstuurt.`,
'notice-instagram': str`In Instagram typ je ‘${0}’ zelf.`,
'notice-sender': str`${0} stuurt je nieuws via de berichtenapp die je kiest.`,
'notice-sender-topic': str`${0} stuurt je nieuws via de berichtenapp die je kiest: ${1}.`,
'notice-telegram': `In Telegram tik je op de knop Begin.`,
'notice-withdrawal': str`Stuur op elk moment ‘${0}’ in dezelfde chat om je af te melden.`,
'opens-in-new-tab': `(opent in een nieuw tabblad)`,
'privacy-close': `Privacyinformatie sluiten`,
'privacy-controller': str`${0} is de verwerkingsverantwoordelijke voor deze nieuwsbrief. De contactgegevens staan in de privacyverklaring.`,
'privacy-data': `Als je je aanmeldt, worden je telefoonnummer of gebruikers-ID in de berichtenapp, je profielnaam zoals de berichtenapp die doorgeeft, en je berichten met tijdstip verwerkt om je deze nieuwsbrief te sturen. De rechtsgrond hiervoor is je toestemming als bedoeld in artikel 6, lid 1, punt a), van de AVG.`,
'privacy-full-policy-link': `Lees de volledige privacyverklaring`,
'privacy-heading': `Privacy in het kort`,
'privacy-policy-link': `Privacyverklaring`,
'privacy-provider': `Ook de aanbieder van de berichtenapp (Meta voor WhatsApp, Messenger en Instagram; Telegram voor Telegram) verwerkt deze gegevens volgens zijn eigen voorwaarden, mogelijk buiten de EU.`,
'privacy-retention': `Je gegevens worden bewaard tot je je afmeldt en daarna zoals beschreven in de privacyverklaring.`,
'privacy-rights': str`Aanmelden is vrijwillig. Je kunt je toestemming op elk moment intrekken door ‘${0}’ in de chat te sturen. Je hebt recht op inzage, rectificatie en wissing van je gegevens, recht van bezwaar en het recht om een klacht in te dienen bij een toezichthoudende autoriteit voor gegevensbescherming.`,
'privacy-toggle-label': `Privacyinformatie`,
'privacy-widget': `Dit aanmeldblok plaatst geen cookies, slaat niets op je apparaat op en laadt geen inhoud van derden. Alleen een berichtenapp kiezen meldt je nog niet aan.`,
'qr-close': `QR-code sluiten`,
'qr-code-label': str`QR-code die ${0} opent`,
'qr-heading': str`Ga verder op je telefoon met ${0}`,
'qr-instruction': str`Scan de code met de camera van je telefoon. Daar opent ${0} en je bent pas aangemeld als je het bericht verstuurt.`,
'qr-open-here': str`Open ${0} liever op deze computer`,
'save-contact': `Sla ons WhatsApp-nummer op in je contacten`,
    };
  