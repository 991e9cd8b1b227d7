
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'channel-label': str`Newsletter via ${0}`,
'confirmation': str`Votre abonnement via ${0} est confirmé. Merci !`,
'heading': `Recevez nos actualités dans votre messagerie`,
'loading': `Chargement…`,
'notice-double-opt-in': str`Votre messagerie s’ouvre avec le message « ${0} », prêt à être envoyé. Votre abonnement ne prend effet qu’une fois ce message envoyé.`,
'notice-instagram': str`Sur Instagram, saisissez vous-même « ${0} ».`,
'notice-sender': str`${0} vous envoie ses actualités via la messagerie de votre choix.`,
'notice-sender-topic': str`${0} vous envoie ses actualités via la messagerie de votre choix : ${1}.`,
'notice-telegram': `Sur Telegram, appuyez sur Démarrer.`,
'notice-withdrawal': str`Envoyez à tout moment « ${0} » dans la même conversation pour vous désabonner.`,
'opens-in-new-tab': `(s’ouvre dans un nouvel onglet)`,
'privacy-close': `Fermer les informations sur la protection des données`,
'privacy-controller': str`Le responsable du traitement pour cette newsletter est ${0}. Ses coordonnées figurent dans la politique de confidentialité.`,
'privacy-data': `Lorsque vous vous abonnez, votre numéro de téléphone ou votre identifiant utilisateur dans la messagerie, votre nom de profil tel que la messagerie le transmet ainsi que vos messages, avec leur date et heure, sont traités afin de vous envoyer cette newsletter. La base juridique de ce traitement est votre consentement, conformément à l’article 6, paragraphe 1, point a), du RGPD.`,
'privacy-full-policy-link': `Lire l’intégralité de la politique de confidentialité`,
'privacy-heading': `La protection des données en bref`,
'privacy-policy-link': `Politique de confidentialité`,
'privacy-provider': `Le fournisseur de la messagerie (Meta pour WhatsApp, Messenger et Instagram ; Telegram pour Telegram) traite également ces données selon ses propres conditions, éventuellement hors de l’UE.`,
'privacy-retention': `Vos données sont conservées jusqu’à votre désabonnement, puis selon les modalités décrites dans la politique de confidentialité.`,
'privacy-rights': str`L’abonnement est facultatif. Vous pouvez retirer votre consentement à tout moment en envoyant « ${0} » dans la conversation. Vous disposez d’un droit d’accès, de rectification et d’effacement de vos données, d’un droit d’opposition ainsi que du droit d’introduire une réclamation auprès d’une autorité de contrôle de la protection des données.`,
'privacy-toggle-label': `Informations sur la protection des données`,
'privacy-widget': `Ce module d’inscription ne dépose aucun cookie, n’enregistre rien sur votre appareil et ne charge aucun contenu provenant de tiers. Choisir une messagerie ne suffit pas à vous abonner.`,
'qr-close': `Fermer le code QR`,
'qr-code-label': str`Code QR qui ouvre ${0}`,
'qr-heading': str`Continuez sur votre téléphone avec ${0}`,
'qr-instruction': str`Scannez le code avec l’appareil photo de votre téléphone. ${0} s’y ouvre, et votre abonnement ne prend effet qu’une fois le message envoyé.`,
'qr-open-here': str`Ouvrir plutôt ${0} sur cet ordinateur`,
'save-contact': `Enregistrer notre numéro WhatsApp dans vos contacts`,
    };
  