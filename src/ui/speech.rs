//! Reading a statement aloud with the browser's own speech synthesis, where it has one.
//!
//! Nothing leaves the device through this: the Web Speech API's synthesis runs in the browser
//! (or the operating system), and we send it only the statement's text.

/// Whether this browser can speak.
pub fn available() -> bool {
    web_sys::window().is_some_and(|w| w.speech_synthesis().is_ok())
}

/// Reads `text` aloud in language `lang`, stopping whatever was being read.
pub fn speak(text: &str, lang: &str) {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    synth.cancel();
    if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        utterance.set_lang(lang);
        synth.speak(&utterance);
    }
}
