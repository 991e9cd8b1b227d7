
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'channel-label': str`Boletín por ${0}`,
'confirmation': str`Te has suscrito por ${0}. ¡Gracias!`,
'heading': `Recibe nuestras novedades en tu app de mensajería`,
'loading': `Cargando…`,
'notice-double-opt-in': str`Tu app de mensajería se abre con el mensaje «${0}» listo para enviar. Solo te suscribes cuando lo envías.`,
'notice-instagram': str`En Instagram, escribe «${0}» manualmente.`,
'notice-sender': str`${0} te envía novedades por la app de mensajería que elijas.`,
'notice-sender-topic': str`${0} te envía novedades por la app de mensajería que elijas: ${1}.`,
'notice-telegram': `En Telegram, toca Iniciar.`,
'notice-withdrawal': str`Envía «${0}» en el mismo chat en cualquier momento para darte de baja.`,
'opens-in-new-tab': `(se abre en una pestaña nueva)`,
'privacy-close': `Cerrar la información sobre privacidad`,
'privacy-controller': str`El responsable del tratamiento de este boletín es ${0}. Sus datos de contacto figuran en la política de privacidad.`,
'privacy-data': `Cuando te suscribes, se tratan tu número de teléfono o tu ID de usuario en la app de mensajería, tu nombre de perfil tal como lo facilita la app y tus mensajes con su fecha y hora, para enviarte este boletín. La base jurídica es tu consentimiento, conforme al artículo 6, apartado 1, letra a), del RGPD.`,
'privacy-full-policy-link': `Leer la política de privacidad completa`,
'privacy-heading': `Privacidad en resumen`,
'privacy-policy-link': `Política de privacidad`,
'privacy-provider': `El proveedor de la app de mensajería (Meta en el caso de WhatsApp, Messenger e Instagram; Telegram en el caso de Telegram) también trata estos datos según sus propias condiciones, posiblemente fuera de la UE.`,
'privacy-retention': `Tus datos se conservan hasta que te des de baja y, a partir de entonces, según se indica en la política de privacidad.`,
'privacy-rights': str`La suscripción es voluntaria. Puedes retirar tu consentimiento en cualquier momento enviando «${0}» en el chat. Tienes derecho de acceso, rectificación y supresión de tus datos, derecho de oposición y derecho a presentar una reclamación ante una autoridad de control de protección de datos.`,
'privacy-toggle-label': `Información sobre privacidad`,
'privacy-widget': `Este módulo de suscripción no instala cookies, no guarda nada en tu dispositivo y no carga contenido de terceros. Elegir una app de mensajería no basta para suscribirte.`,
'qr-close': `Cerrar el código QR`,
'qr-code-label': str`Código QR que abre ${0}`,
'qr-heading': str`Continúa en tu móvil con ${0}`,
'qr-instruction': str`Escanea el código con la cámara de tu móvil. ${0} se abre allí y solo te suscribes cuando envías el mensaje.`,
'qr-open-here': str`Abrir ${0} en este ordenador en su lugar`,
'save-contact': `Guardar nuestro número de WhatsApp en tus contactos`,
    };
  