//! The invitation: a form and a moment packed into a link's fragment, so that a participant can
//! open the form on their own phone with nothing sent to any server (the fragment never leaves
//! the browser).
//!
//! The fragment is `svar=` followed by compact JSON `{"v":1,"m":"start","f":{…form…}}`, raw
//! DEFLATE (level 9) and base64 (URL-safe, no padding).

use super::check;
use super::form::{Form, Moment};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

/// What starts every invitation fragment.
pub const PREFIX: &str = "svar=";
/// The format version this build writes and reads.
const VERSION: u32 = 1;
/// The most bytes an invitation may inflate to, so that a crafted link cannot fill the memory.
const MAX_INFLATED: usize = 256 * 1024;

/// A form, and the moment the participant answers it at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    pub form: Form,
    pub moment: Moment,
}

/// Why a fragment could not be read as an invitation.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InvitationError {
    #[error("the link holds no invitation")]
    NotAnInvitation,
    #[error("the invitation in the link is damaged or incomplete")]
    Damaged,
    #[error("the invitation was made by a newer version of the app (version {0})")]
    NewerVersion(u32),
    /// It reads, but the form could not be saved as it is (no items, a choice without options,
    /// no text…) or breaks the limits an answer code needs (more than 16 languages, 40 items or
    /// 31 options).
    #[error("the form in the invitation cannot be answered with this version of the app")]
    BadForm,
}

#[derive(Serialize)]
struct WireOut<'a> {
    v: u32,
    m: &'a str,
    f: &'a Form,
}

#[derive(Deserialize)]
struct WireVersion {
    v: u32,
}

#[derive(Deserialize)]
struct WireIn {
    m: String,
    f: Form,
}

/// The fragment (without `#`) for `inv`.
pub fn to_fragment(inv: &Invitation) -> String {
    let wire = WireOut {
        v: VERSION,
        m: inv.moment.key(),
        f: &inv.form,
    };
    let json = serde_json::to_vec(&wire).expect("a form always serialises");
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 9);
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// Reads a fragment, with or without its leading `#`.
pub fn from_fragment(fragment: &str) -> Result<Invitation, InvitationError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let data = fragment
        .strip_prefix(PREFIX)
        .ok_or(InvitationError::NotAnInvitation)?;
    let packed = URL_SAFE_NO_PAD
        .decode(data.trim_end())
        .map_err(|_| InvitationError::Damaged)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED)
        .map_err(|_| InvitationError::Damaged)?;
    let version: WireVersion =
        serde_json::from_slice(&json).map_err(|_| InvitationError::Damaged)?;
    match version.v {
        VERSION => {}
        v if v > VERSION => return Err(InvitationError::NewerVersion(v)),
        _ => return Err(InvitationError::Damaged),
    }
    let wire: WireIn = serde_json::from_slice(&json).map_err(|_| InvitationError::Damaged)?;
    let moment = Moment::from_key(&wire.m).ok_or(InvitationError::Damaged)?;
    // The same door check as a form being saved: a name, at least one item, texts, and two
    // or more options for every choice, within what an answer code can carry.
    if !check::problems(&wire.f).is_empty() {
        return Err(InvitationError::BadForm);
    }
    Ok(Invitation {
        form: wire.f,
        moment,
    })
}
