//! What the write path announces: every change it makes, and every change another tab tells
//! of. The pages, the sync between tabs, the automatic backup and the backup reminder subscribe
//! to these instead of calling each other.

use crate::domain::Id;
use std::cell::RefCell;
use std::rc::Rc;

/// Something changed, or the tab locked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Records were written or deleted: by this tab (`here`) or another one.
    Saved {
        here: bool,
        /// The kinds written (by name); empty when another tab did not say.
        kinds: Vec<&'static str>,
        /// The projects whose records changed; empty when not known.
        projects: Vec<Id>,
    },
    /// The passphrase was set, changed or removed (here or in another tab).
    Protection { here: bool },
    /// This tab locked (by itself, or because another tab did).
    Locked,
}

/// What tabs tell each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Message {
    Changed,
    Lock,
}

impl Message {
    /// The word sent between tabs.
    pub fn word(self) -> &'static str {
        match self {
            Message::Changed => "changed",
            Message::Lock => "lock",
        }
    }

    pub fn from_word(word: &str) -> Option<Message> {
        [Message::Changed, Message::Lock]
            .into_iter()
            .find(|m| m.word() == word)
    }
}

/// The line to the other tabs of the same data: a `BroadcastChannel` in the browser, a shared
/// list in tests. Only other tabs hear a message, never the one that sent it.
pub trait Channel {
    fn post(&self, message: Message);
}

/// One who listens to changes.
pub(super) type Listener = Rc<dyn Fn(&Change)>;
/// A tab on a [`LocalChannel`]: what it does with a message.
type Hearing = Rc<dyn Fn(Message)>;

/// Those listening to changes.
#[derive(Default)]
pub(super) struct Listeners(RefCell<Vec<Listener>>);

impl Listeners {
    pub(super) fn add(&self, listener: Listener) {
        self.0.borrow_mut().push(listener);
    }

    /// Tells every listener; a listener may subscribe others while being told.
    pub(super) fn tell(&self, change: &Change) {
        let now: Vec<Listener> = self.0.borrow().clone();
        for listener in now {
            listener(change);
        }
    }
}

/// A [`Channel`] between repositories in one process, as tabs of one browser: for native tests
/// of two tabs over one `MemoryStore`.
#[derive(Clone, Default)]
pub struct LocalChannel {
    tabs: Rc<RefCell<Vec<Hearing>>>,
    me: Option<usize>,
}

impl LocalChannel {
    /// A new line with no tab on it.
    pub fn new() -> Self {
        Self::default()
    }

    /// Joins `hear` to the line; the answer is this tab's end of it.
    pub fn join(&self, hear: Hearing) -> LocalChannel {
        let mut tabs = self.tabs.borrow_mut();
        tabs.push(hear);
        LocalChannel {
            tabs: self.tabs.clone(),
            me: Some(tabs.len() - 1),
        }
    }
}

impl Channel for LocalChannel {
    fn post(&self, message: Message) {
        let others: Vec<Hearing> = (self.tabs.borrow().iter().enumerate())
            .filter(|(i, _)| Some(*i) != self.me)
            .map(|(_, t)| t.clone())
            .collect();
        for tab in others {
            tab(message);
        }
    }
}
