
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'channel-label': str`${0} üzerinden bülten`,
'confirmation': str`${0} üzerinden abone oldunuz. Teşekkür ederiz!`,
'heading': `Haberlerimizi mesajlaşma uygulamanızda alın`,
'loading': `Yükleniyor…`,
'notice-double-opt-in': str`Mesajlaşma uygulamanız, gönderilmeye hazır “${0}” mesajıyla açılır. Aboneliğiniz ancak bu mesajı gönderdiğinizde başlar.`,
'notice-instagram': str`Instagram'da “${0}” mesajını kendiniz yazın.`,
'notice-sender': str`${0}, seçtiğiniz mesajlaşma uygulaması üzerinden size haberler gönderir.`,
'notice-sender-topic': str`${0}, seçtiğiniz mesajlaşma uygulaması üzerinden size haberler gönderir: ${1}.`,
'notice-telegram': `Telegram'da Başlat düğmesine dokunun.`,
'notice-withdrawal': str`Aboneliğinizi sonlandırmak için aynı sohbette istediğiniz zaman “${0}” mesajını gönderin.`,
'opens-in-new-tab': `(yeni sekmede açılır)`,
'privacy-close': `Gizlilik bilgilerini kapat`,
'privacy-controller': str`${0}, bu bültenin veri sorumlusudur. İletişim bilgilerine gizlilik politikasından ulaşabilirsiniz.`,
'privacy-data': `Abone olduğunuzda, size bu bülteni gönderebilmek için telefon numaranız veya mesajlaşma uygulamasındaki kullanıcı kimliğiniz, mesajlaşma uygulamasının ilettiği şekliyle profil adınız ve mesajlarınız ile bunların zaman bilgileri işlenir. Hukuki dayanak, Genel Veri Koruma Tüzüğü'nün (GDPR) 6. maddesinin 1. fıkrasının (a) bendi uyarınca verdiğiniz rızadır.`,
'privacy-full-policy-link': `Gizlilik politikasının tamamını okuyun`,
'privacy-heading': `Bir bakışta gizlilik`,
'privacy-policy-link': `Gizlilik politikası`,
'privacy-provider': `Mesajlaşma uygulamasının sağlayıcısı da (WhatsApp, Messenger ve Instagram için Meta; Telegram için Telegram) bu verileri kendi koşullarına göre işler; bu işleme AB dışında da gerçekleşebilir.`,
'privacy-retention': `Verileriniz aboneliğinizi sonlandırana kadar, sonrasında ise gizlilik politikasında açıklandığı şekilde saklanır.`,
'privacy-rights': str`Abonelik isteğe bağlıdır. Sohbette “${0}” mesajını göndererek rızanızı istediğiniz zaman geri alabilirsiniz. Verilerinize erişme, bunları düzelttirme ve sildirme, itiraz etme ve bir veri koruma denetim makamına şikâyette bulunma haklarına sahipsiniz.`,
'privacy-toggle-label': `Gizlilik bilgileri`,
'privacy-widget': `Bu abonelik kutusu çerez yerleştirmez, cihazınıza hiçbir şey kaydetmez ve üçüncü taraflardan içerik yüklemez. Bir mesajlaşma uygulaması seçmeniz tek başına abone olmanız için yeterli değildir.`,
'qr-close': `QR kodunu kapat`,
'qr-code-label': str`${0} uygulamasını açan QR kodu`,
'qr-heading': str`${0} ile telefonunuzda devam edin`,
'qr-instruction': str`Kodu telefonunuzun kamerasıyla okutun. ${0} telefonunuzda açılır; aboneliğiniz ancak mesajı gönderdiğinizde başlar.`,
'qr-open-here': str`Bunun yerine ${0} uygulamasını bu bilgisayarda açın`,
'save-contact': `WhatsApp numaramızı rehberinize kaydedin`,
    };
  