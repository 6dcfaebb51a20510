//! Texts of the workshop demo and the presenter view, in Swedish and English.

use super::catalogue;

catalogue! {
    pub struct DemoTexts {
        pub open_demo: &'static str,
        pub open_demo_hint: &'static str,
        pub banner_label: &'static str,
        pub banner: &'static str,
        pub reset: &'static str,
        pub resetting: &'static str,
        pub reset_done: &'static str,
        pub leave: &'static str,
        pub opening: &'static str,
        pub present: &'static str,
        pub presenter_title: &'static str,
        pub presenter_help: &'static str,
        pub previous: &'static str,
        pub next: &'static str,
        pub back_to_report: &'static str,
        pub slide_of: fn(usize, usize) -> String,
    }
}

pub static SV_DEMO: DemoTexts = DemoTexts {
    open_demo: "Visa demo",
    open_demo_hint: "För visningar: tre påhittade projekt i en egen databas. Dina riktiga \
        uppgifter påverkas inte.",
    banner_label: "Demoläge",
    banner: "Påhittade uppgifter, helt skilda från dina riktiga.",
    reset: "Återställ demon",
    resetting: "Återställer demon …",
    reset_done: "Demon är återställd.",
    leave: "Lämna demon",
    opening: "Öppnar demon …",
    present: "Presentera diagrammen",
    presenter_title: "Presentation",
    presenter_help: "Bläddra med piltangenterna. Esc går tillbaka till rapporten.",
    previous: "Föregående",
    next: "Nästa",
    back_to_report: "Tillbaka till rapporten",
    slide_of: |i, n| format!("{i} av {n}"),
};

pub static EN_DEMO: DemoTexts = DemoTexts {
    open_demo: "Show demo",
    open_demo_hint: "For presentations: three made-up projects in a database of their own. Your \
        real data is not affected.",
    banner_label: "Demo mode",
    banner: "Made-up data, completely separate from your real data.",
    reset: "Reset the demo",
    resetting: "Resetting the demo …",
    reset_done: "The demo is reset.",
    leave: "Leave the demo",
    opening: "Opening the demo …",
    present: "Present the charts",
    presenter_title: "Presentation",
    presenter_help: "Use the arrow keys to move between charts. Esc goes back to the report.",
    previous: "Previous",
    next: "Next",
    back_to_report: "Back to the report",
    slide_of: |i, n| format!("{i} of {n}"),
};

/// These texts in the current language.
pub static DEMO: super::Localized<DemoTexts> = super::Localized {
    sv: &SV_DEMO,
    en: &EN_DEMO,
};
