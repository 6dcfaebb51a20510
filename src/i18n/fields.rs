//! Every text of a catalogue as a list of named strings, so that a test can compare the
//! languages field by field without anyone keeping a list of the fields.
//!
//! A catalogue struct is declared with [`catalogue!`], which also writes its [`Fields`]: each
//! field in order, a list of texts one entry per text, a text function called with sample
//! arguments (a count of 1 and of 3, so both the singular and the plural are seen), a nested
//! catalogue field by field.

/// Texts named by their field: `("retention_title", "…")`, `("welcome_body[1]", "…")`.
pub type Named = Vec<(String, String)>;

/// A part of a catalogue that holds texts.
pub trait Fields {
    /// Adds the texts of `self`, named `name`, to `out`.
    fn visit(&self, name: &str, out: &mut Named);
}

/// Every text of `catalogue`, in the order of its fields.
pub fn fields<T: Fields>(catalogue: &T) -> Named {
    let mut out = Vec::new();
    catalogue.visit("", &mut out);
    out
}

/// `outer.inner`, or `inner` at the top.
pub fn join(outer: &str, inner: &str) -> String {
    if outer.is_empty() {
        inner.to_owned()
    } else {
        format!("{outer}.{inner}")
    }
}

/// Declares a catalogue struct and its [`Fields`]. Write the struct inside the macro as usual:
/// doc comments, `pub` fields, any field type that implements [`Fields`].
macro_rules! catalogue {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $ty ),*
        }

        impl $crate::i18n::fields::Fields for $name {
            fn visit(&self, name: &str, out: &mut $crate::i18n::fields::Named) {
                $(
                    $crate::i18n::fields::Fields::visit(
                        &self.$field,
                        &$crate::i18n::fields::join(name, stringify!($field)),
                        out,
                    );
                )*
            }
        }
    };
}
pub(crate) use catalogue;

impl Fields for &'static str {
    fn visit(&self, name: &str, out: &mut Named) {
        out.push((name.to_owned(), (*self).to_owned()));
    }
}

impl Fields for [&'static str] {
    fn visit(&self, name: &str, out: &mut Named) {
        for (i, text) in self.iter().enumerate() {
            text.visit(&format!("{name}[{i}]"), out);
        }
    }
}

impl Fields for &'static [&'static str] {
    fn visit(&self, name: &str, out: &mut Named) {
        (**self).visit(name, out);
    }
}

impl<const N: usize> Fields for [&'static str; N] {
    fn visit(&self, name: &str, out: &mut Named) {
        self.as_slice().visit(name, out);
    }
}

/// Labels with a flag (the default outcomes and whether each counts as progression): the
/// labels are texts, the flags are not.
impl Fields for &'static [(&'static str, bool)] {
    fn visit(&self, name: &str, out: &mut Named) {
        for (i, (text, _)) in self.iter().enumerate() {
            text.visit(&format!("{name}[{i}]"), out);
        }
    }
}

/// A mark such as the decimal comma.
impl Fields for char {
    fn visit(&self, name: &str, out: &mut Named) {
        out.push((name.to_owned(), self.to_string()));
    }
}

/// The language a catalogue is written in is not a text.
impl Fields for super::Lang {
    fn visit(&self, _: &str, _: &mut Named) {}
}

/// Text functions, called with sample arguments.
macro_rules! text_functions {
    ($( fn($($arg:ty),*) => [$( ($($sample:expr),*) ),+] );* $(;)?) => {
        $(
            impl Fields for fn($($arg),*) -> String {
                fn visit(&self, name: &str, out: &mut Named) {
                    $( out.push((format!("{name}()"), self($($sample),*))); )+
                }
            }
        )*
    };
}

text_functions! {
    fn(usize) => [(1), (3)];
    fn(u32) => [(1), (3)];
    fn(i32) => [(1), (3)];
    fn(f64) => [(2.5)];
    fn(&str) => [("X-7")];
    fn(usize, usize) => [(1, 1), (2, 3)];
    fn(u32, u32) => [(1, 1), (2, 3)];
    fn(u64, u64) => [(1, 1), (2, 3)];
    fn(f64, f64) => [(1.5, 40.0)];
    fn(usize, usize, usize) => [(1, 1, 1), (2, 3, 40)];
    fn(usize, &str) => [(1, "X-7"), (3, "X-7")];
    fn(&str, usize) => [("X-7", 1), ("X-7", 3)];
    fn(u32, &str) => [(1, "X-7"), (3, "X-7")];
    fn(&str, &str) => [("X-7", "Y-8")];
    fn(&str, Option<&str>) => [("X-7", None), ("X-7", Some("Y-8"))];
    fn(&str, i32, i32) => [("X-7", 1, 3)];
    fn(usize, u16, &str) => [(1, 24, "X-7"), (3, 24, "X-7, Y-8")];
}
