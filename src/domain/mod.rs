//! The domain core: what a project and a participant are, and the rules they obey.
//!
//! Nothing here knows about the browser. Functions that need "now" or "today" take it as an
//! argument, so every rule can be tested natively with fixed dates.

pub mod check;
pub mod date;
pub mod due;
pub mod form;
pub mod ids;
pub mod journey;
pub mod journey_forms;
pub mod key;
pub mod list;
pub mod money;
pub mod narrative;
pub mod participant;
pub mod personnummer;
pub mod project;
pub mod retention;
pub mod timeline;
pub mod validate;

pub use date::Date;
pub use ids::{Id, Timestamp};
pub use participant::{Discharge, Gender, Participant, Phase, PhaseEntry, Status};
pub use project::{Label, OutcomeLabel, Project, SubUnit};
