//! How names are compared: a label, a participant code, a referral source in a file. Two names
//! are the same when they are equal after trimming and lower-casing. Every comparison goes
//! through [`key`], so that matching can be done by looking a key up (linear time) instead of
//! comparing each name with every other (quadratic: 20,000 labels once took 22 s).

use std::collections::HashMap;

/// The form a name is compared in.
pub fn key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Whether two names are the same name.
pub fn same(a: &str, b: &str) -> bool {
    key(a) == key(b)
}

/// Values found by name: the first value given for each key wins.
#[derive(Clone, Debug)]
pub struct ByName<T>(HashMap<String, T>);

impl<T> Default for ByName<T> {
    fn default() -> Self {
        ByName(HashMap::new())
    }
}

impl<T> ByName<T> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `value` under `name` unless the name is there already; says whether it was added.
    pub fn insert(&mut self, name: &str, value: T) -> bool {
        match self.0.entry(key(name)) {
            std::collections::hash_map::Entry::Occupied(_) => false,
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(value);
                true
            }
        }
    }

    pub fn get(&self, name: &str) -> Option<&T> {
        self.0.get(&key(name))
    }

    pub fn get_mut(&mut self, name: &str) -> Option<&mut T> {
        self.0.get_mut(&key(name))
    }

    pub fn contains(&self, name: &str) -> bool {
        self.0.contains_key(&key(name))
    }
}

impl<'a, T> FromIterator<(&'a str, T)> for ByName<T> {
    fn from_iter<I: IntoIterator<Item = (&'a str, T)>>(items: I) -> Self {
        let mut index = ByName::new();
        for (name, value) in items {
            index.insert(name, value);
        }
        index
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_in_any_case_and_with_spaces_around() {
        assert!(same(" Arbete ", "ARBETE"));
        assert!(!same("Arbete", "Arbete med lönestöd"));
        let mut index: ByName<usize> = [("Socialsekreterare", 0), ("LSS", 1)].into_iter().collect();
        assert_eq!(index.get("lss"), Some(&1));
        assert!(
            !index.insert(" socialSEKRETERARE", 9),
            "the first value wins"
        );
        assert_eq!(index.get("Socialsekreterare"), Some(&0));
        assert!(index.insert("Annan", 2));
        assert!(index.contains("annan"));
    }
}
