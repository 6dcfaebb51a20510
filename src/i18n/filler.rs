//! What a participant reads while filling in a self-evaluation, in Swedish, English and Arabic.
//!
//! These are the only texts of the app that a participant sees. The form's own statements come
//! from the form; this catalogue holds the buttons and instructions around them. A form in a
//! language without a catalogue here shows the English one.

use super::catalogue;

catalogue! {
    pub struct ParticipantTexts {
        pub choose_language: &'static str,
        pub intro: &'static str,
        pub layout_legend: &'static str,
        pub one_at_a_time: &'static str,
        pub all_at_once: &'static str,
        pub start: &'static str,
        pub progress: fn(usize, usize) -> String,
        pub next: &'static str,
        pub back: &'static str,
        pub send: &'static str,
        pub read_aloud: &'static str,
        pub yes: &'static str,
        pub no: &'static str,
        pub optional: &'static str,
        pub choose_an_answer: &'static str,
        pub chars_left: fn(usize) -> String,
        pub longer_code: &'static str,
        pub thanks_title: &'static str,
        pub hand_back: &'static str,
        pub new_form: &'static str,
        pub show_code: &'static str,
        pub nothing_kept: &'static str,
        pub code_label: &'static str,
        pub qr_label: &'static str,
        pub link_broken: &'static str,
        pub link_newer: &'static str,
        pub leave: &'static str,
        pub pin_label: &'static str,
        pub wrong_pin: &'static str,
        pub wait_seconds: fn(u32) -> String,
        pub ok: &'static str,
        pub cancel: &'static str,
        pub saving_failed: &'static str,
        pub crash_title: &'static str,
        pub crash_body: &'static str,
        pub crash_reload: &'static str,
    }
}

/// The language whose catalogue [`texts`] gives for `lang`: itself, or English where there is
/// none.
pub fn language_of(lang: &str) -> &'static str {
    match lang {
        "sv" => "sv",
        "ar" => "ar",
        _ => "en",
    }
}

/// The catalogue for `lang`, English where there is none.
pub fn texts(lang: &str) -> &'static ParticipantTexts {
    match language_of(lang) {
        "sv" => &SV,
        "ar" => &AR,
        _ => &EN,
    }
}

/// Whether `lang` is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    matches!(lang, "ar" | "fa" | "he" | "ur" | "ps" | "ckb")
}

/// `rtl` or `ltr`, for the `dir` attribute.
pub fn dir(lang: &str) -> &'static str {
    if is_rtl(lang) {
        "rtl"
    } else {
        "ltr"
    }
}

/// Languages a coach can add to a form, each named in itself.
pub const LANGUAGES: [(&str, &str); 14] = [
    ("sv", "Svenska"),
    ("en", "English"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("so", "Soomaali"),
    ("ti", "ትግርኛ"),
    ("uk", "Українська"),
    ("fi", "Suomi"),
    ("pl", "Polski"),
    ("bs", "Bosanski"),
    ("tr", "Türkçe"),
    ("es", "Español"),
    ("de", "Deutsch"),
    ("fr", "Français"),
];

/// The name of a language in itself ("Svenska", "العربية"), or its tag if unknown.
pub fn language_name(tag: &str) -> &str {
    LANGUAGES
        .iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, n)| *n)
        .unwrap_or(tag)
}

pub static SV: ParticipantTexts = ParticipantTexts {
    choose_language: "Välj språk",
    intro: "Dina svar är anonyma: ingen kan se vem som har svarat. Det finns inga rätta eller \
        fel svar. Svara som det känns just nu.",
    layout_legend: "Hur vill du svara?",
    one_at_a_time: "En fråga i taget",
    all_at_once: "Alla frågor på en sida",
    start: "Börja",
    progress: |i, n| format!("Fråga {i} av {n}"),
    next: "Nästa",
    back: "Tillbaka",
    send: "Skicka svaren",
    read_aloud: "Läs upp",
    yes: "Ja",
    no: "Nej",
    optional: "(frivillig)",
    choose_an_answer: "Välj ett svar för att gå vidare.",
    chars_left: |n| format!("{n} tecken kvar"),
    longer_code: "Ju mer du skriver, desto längre blir svarskoden.",
    thanks_title: "Tack för dina svar!",
    hand_back: "Lämna tillbaka enheten till din coach.",
    new_form: "Nytt tomt formulär",
    show_code: "Visa koden för din coach. Coachen skannar QR-koden eller skriver av koden.",
    nothing_kept: "Ingenting sparas på din telefon. När du stänger sidan är svaren borta härifrån.",
    code_label: "Din svarskod",
    qr_label: "QR-kod med dina svar",
    link_broken: "Länken fungerar inte. Den kan ha blivit avklippt. Be din coach om en ny länk.",
    link_newer: "Länken kommer från en nyare version av Stegvis. Ladda om sidan och försök igen.",
    leave: "Avsluta (för coachen)",
    pin_label: "Coachens PIN-kod",
    wrong_pin: "Fel PIN-kod.",
    wait_seconds: |s| format!("För många försök. Vänta {s} sekunder."),
    ok: "OK",
    cancel: "Avbryt",
    saving_failed: "Svaren kunde inte sparas. Be din coach om hjälp.",
    crash_title: "Något gick fel",
    crash_body: "Formuläret stannade på grund av ett fel. Ladda om sidan och börja om.",
    crash_reload: "Ladda om",
};

pub static EN: ParticipantTexts = ParticipantTexts {
    choose_language: "Choose language",
    intro: "Your answers are anonymous: no one can see who answered. There are no right or wrong \
        answers. Answer the way you feel right now.",
    layout_legend: "How would you like to answer?",
    one_at_a_time: "One question at a time",
    all_at_once: "All questions on one page",
    start: "Start",
    progress: |i, n| format!("Question {i} of {n}"),
    next: "Next",
    back: "Back",
    send: "Send answers",
    read_aloud: "Read aloud",
    yes: "Yes",
    no: "No",
    optional: "(optional)",
    choose_an_answer: "Choose an answer to go on.",
    chars_left: |n| format!("{n} characters left"),
    longer_code: "The more you write, the longer the answer code gets.",
    thanks_title: "Thank you for your answers!",
    hand_back: "Please hand the device back to your coach.",
    new_form: "New empty form",
    show_code: "Show the code to your coach. Your coach scans the QR code or types the code.",
    nothing_kept: "Nothing is kept on your phone. When you close the page, the answers are gone \
        from here.",
    code_label: "Your answer code",
    qr_label: "QR code with your answers",
    link_broken: "The link does not work. It may have been cut short. Ask your coach for a new \
        link.",
    link_newer: "The link comes from a newer version of Stegvis. Reload the page and try again.",
    leave: "Exit (for the coach)",
    pin_label: "The coach's PIN",
    wrong_pin: "Wrong PIN.",
    wait_seconds: |s| format!("Too many tries. Wait {s} seconds."),
    ok: "OK",
    cancel: "Cancel",
    saving_failed: "The answers could not be saved. Ask your coach for help.",
    crash_title: "Something went wrong",
    crash_body: "The form stopped because of an error. Reload the page and start again.",
    crash_reload: "Reload",
};

pub static AR: ParticipantTexts = ParticipantTexts {
    choose_language: "اختر اللغة",
    intro: "إجاباتك مجهولة الهوية: لا أحد يستطيع أن يعرف من أجاب. لا توجد إجابات صحيحة أو خاطئة. \
        أجب كما تشعر الآن.",
    layout_legend: "كيف تريد أن تجيب؟",
    one_at_a_time: "سؤال واحد في كل مرة",
    all_at_once: "كل الأسئلة في صفحة واحدة",
    start: "ابدأ",
    progress: |i, n| format!("السؤال {i} من {n}"),
    next: "التالي",
    back: "السابق",
    send: "أرسل الإجابات",
    read_aloud: "اقرأ بصوت عالٍ",
    yes: "نعم",
    no: "لا",
    optional: "(اختياري)",
    choose_an_answer: "اختر إجابة للمتابعة.",
    chars_left: |n| format!("متبقٍ {n} حرفاً"),
    longer_code: "كلما كتبت أكثر، أصبح رمز الإجابة أطول.",
    thanks_title: "شكراً على إجاباتك!",
    hand_back: "من فضلك أعد الجهاز إلى مدربك.",
    new_form: "استبيان جديد فارغ",
    show_code: "اعرض الرمز على مدربك. يمسح المدرب رمز QR أو يكتب الرمز.",
    nothing_kept: "لا يُحفظ أي شيء على هاتفك. عندما تغلق الصفحة، تختفي الإجابات من هنا.",
    code_label: "رمز إجابتك",
    qr_label: "رمز QR يحتوي على إجاباتك",
    link_broken: "الرابط لا يعمل. ربما تم قطعه. اطلب رابطاً جديداً من مدربك.",
    link_newer: "الرابط من إصدار أحدث من Stegvis. أعد تحميل الصفحة وحاول مرة أخرى.",
    leave: "خروج (للمدرب)",
    pin_label: "رمز PIN الخاص بالمدرب",
    wrong_pin: "رمز PIN خاطئ.",
    wait_seconds: |s| format!("محاولات كثيرة جداً. انتظر {s} ثانية."),
    ok: "موافق",
    cancel: "إلغاء",
    saving_failed: "تعذّر حفظ الإجابات. اطلب المساعدة من مدربك.",
    crash_title: "حدث خطأ",
    crash_body: "توقفت الاستمارة بسبب خطأ. أعد تحميل الصفحة وابدأ من جديد.",
    crash_reload: "أعد التحميل",
};
