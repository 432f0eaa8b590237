//! How a report crosses into JavaScript: as compact words, not JSON text.
//!
//! Writing a 17 KB report as JSON, turning that text into a JS string and
//! `JSON.parse`-ing it took most of an `evaluate()` in the browser. Here any
//! `Serialize` value becomes a stream of `u32` words, and every distinct
//! string crosses **once per module instance**: the decoder on the other side
//! (`decodeWords` in `src/wasm.rs`, a few lines of JS) keeps the strings it
//! has seen in a table, indexed in the order they first appeared. A clause's
//! quote, a document's title, a field name or a worded text that repeats is
//! then one word.
//!
//! The shape has one source of truth: the serde derives of the report types.
//! The encoder is a serde `Serializer`, so it writes exactly what
//! `serde_json` would write, value for value; [`Decoder`] (native only) reads
//! the words back into JSON text, and `tests/crossing.rs` holds it
//! byte-for-byte equal to `serde_json` on every case report. `scripts/parity.mjs`
//! holds the JS decoder to the native command on every case and on 100,000
//! random requests.
//!
//! One word is a 3-bit tag and a 29-bit payload:
//!
//! | tag | payload | then |
//! |---|---|---|
//! | 0 `CONST` | 0 null, 1 false, 2 true | |
//! | 1 `INT` | an integer 0 … 2²⁹−1 | |
//! | 2 `FLOAT` | 0 | the f64's bits, low word first |
//! | 3 `STR` | the string's index in the table | |
//! | 4 `NEW` | its length in UTF-16 units | (its text is the next part of the call's `fresh` text; it takes the next index) |
//! | 5 `ARRAY` | number of items | the items |
//! | 6 `OBJECT` | number of entries | each key (`STR` or `NEW`), then its value |
//! | 7 `BIG` | 0 positive, 1 negative | the magnitude as u64, low word first |
//!
//! Both sides start again from an empty table when [`Encoded::reset`] is set:
//! on the first call, when the table has grown past [`CAPACITY`] strings (the
//! worded texts differ from request to request), and after an encoding that
//! failed half-way (its new strings never crossed).

use rustc_hash::FxHashMap;
use serde::ser::{self, Serialize};

use crate::error::{Error as CrateError, ErrorCode};

/// How an encoding fails: the crate's error, boxed, so that every
/// `serialize` call of the encoder returns one word (`Result<(), Error>`
/// is a pointer that is null on success) instead of a whole error by memory.
#[derive(Debug)]
pub struct Error(Box<CrateError>);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Error {}

pub const CONST: u32 = 0;
pub const INT: u32 = 1;
pub const FLOAT: u32 = 2;
pub const STR: u32 = 3;
pub const NEW: u32 = 4;
pub const ARRAY: u32 = 5;
pub const OBJECT: u32 = 6;
pub const BIG: u32 = 7;

const PAYLOAD_MAX: u64 = (1 << 29) - 1;

fn utf16_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().map(char::len_utf16).sum()
    }
}

/// The name under which [`Static`] passes a string that lives as long as
/// the program: any other serializer (serde_json) just writes the string.
///
/// Recognized by address (a `static`, so one address), not by comparing
/// text: another string with the same text is just a newtype, written as
/// the string it holds.
static STATIC: &str = "\0dengtong::crossing::Static";

fn is_static_marker(name: &str) -> bool {
    std::ptr::eq(name.as_ptr(), STATIC.as_ptr())
}

/// A string that lives as long as the program (a clause's quote, a code, a
/// template worded without parameters). Serialized as the string itself;
/// the encoder finds it by address instead of hashing and comparing its
/// text, which is most of the cost of a report's long texts.
#[derive(Clone, Copy, Debug)]
pub struct Static(pub &'static str);

impl Serialize for Static {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_newtype_struct(STATIC, self.0)
    }
}

/// `#[serde(serialize_with)]` for a `&'static str` field.
pub fn static_str<S: ser::Serializer>(v: &&'static str, s: S) -> Result<S::Ok, S::Error> {
    Static(v).serialize(s)
}

/// `#[serde(serialize_with)]` for a text that is a template as it stands
/// (borrowed) or worded with parameters (owned). It must see the `Cow`
/// itself: only the borrowed side lives as long as the program.
#[allow(clippy::ptr_arg)]
pub fn worded<S: ser::Serializer>(
    v: &std::borrow::Cow<'static, str>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match v {
        std::borrow::Cow::Borrowed(b) => Static(b).serialize(s),
        std::borrow::Cow::Owned(o) => s.serialize_str(o),
    }
}

const STATIC_BITS: u32 = 12;
const STATIC_SLOTS: usize = 1 << STATIC_BITS;

/// Strings kept by both sides before they start again.
pub const CAPACITY: usize = 65_536;

/// One call's output: the words, the text of the strings that are new to
/// the other side, and whether it must empty its table first.
#[derive(Debug)]
pub struct Encoded<'a> {
    pub reset: bool,
    pub words: &'a [u32],
    pub fresh: &'a str,
}

/// Turns values into words, remembering which strings the other side has.
#[derive(Debug)]
pub struct Encoder {
    ids: FxHashMap<Box<str>, u32>,
    /// The same for strings that live as long as the program (field names,
    /// enum values, [`Static`]): a direct-mapped cache by address and
    /// length, no hashing of the text, no comparing it. A slot another
    /// string took falls back to `ids`.
    static_ids: Vec<(usize, usize, u32)>,
    /// The next string comes from [`Static`].
    static_next: bool,
    words: Vec<u32>,
    fresh: String,
    /// The other side's table may differ from ours (nothing has crossed
    /// yet, or the last encoding failed half-way): start again.
    must_reset: bool,
}

impl Default for Encoder {
    fn default() -> Self {
        Self::new()
    }
}

impl Encoder {
    pub fn new() -> Self {
        Encoder {
            ids: FxHashMap::default(),
            static_ids: Vec::new(),
            static_next: false,
            words: Vec::new(),
            fresh: String::new(),
            must_reset: true,
        }
    }

    /// Strings the other side holds after the last successful call.
    pub fn strings(&self) -> usize {
        self.ids.len()
    }

    /// Encodes `value`. On error the output is lost and the next call resets.
    pub fn encode<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<Encoded<'_>, CrateError> {
        let reset = self.must_reset || self.ids.len() > CAPACITY;
        if reset {
            self.ids.clear();
            self.static_ids.clear();
            self.static_ids.resize(STATIC_SLOTS, (0, 0, 0));
        }
        self.static_next = false;
        self.words.clear();
        self.fresh.clear();
        // Until this call succeeds the two tables may differ.
        self.must_reset = true;
        value.serialize(&mut *self).map_err(|e| *e.0)?;
        self.must_reset = false;
        Ok(Encoded {
            reset,
            words: &self.words,
            fresh: &self.fresh,
        })
    }

    fn word(&mut self, tag: u32, payload: u32) {
        self.words.push(payload << 3 | tag);
    }

    fn header(&mut self, tag: u32) -> usize {
        self.words.push(tag);
        self.words.len() - 1
    }

    /// An array or object (`tag`) opened here, inside `outer` if given.
    fn compound(&mut self, tag: u32, outer: Option<usize>) -> Compound<'_> {
        let at = self.header(tag);
        Compound {
            enc: self,
            at,
            n: 0,
            outer,
        }
    }

    /// `{"Variant": […] or {…}}`: the outer object, the name, then the
    /// array or object (`tag`) of the variant's fields.
    fn variant(&mut self, name: &'static str, tag: u32) -> Result<Compound<'_>, Error> {
        let outer = self.header(OBJECT);
        self.static_string(name)?;
        Ok(self.compound(tag, Some(outer)))
    }

    fn close(&mut self, at: usize, tag: u32, n: usize) -> Result<(), Error> {
        if n as u64 > PAYLOAD_MAX {
            return Err(too_big());
        }
        self.words[at] = (n as u32) << 3 | tag;
        Ok(())
    }

    /// A string that never changes: its address and length name it. Only
    /// for `&'static str` (typed so, or passed through [`Static`]).
    fn static_string(&mut self, s: &str) -> Result<(), Error> {
        let (ptr, len) = (s.as_ptr() as usize, s.len());
        // Fibonacci hashing of the address's low 32 bits.
        let slot =
            ((ptr as u32 ^ len as u32).wrapping_mul(0x9E37_79B9) >> (32 - STATIC_BITS)) as usize;
        let (p, l, id) = self.static_ids[slot];
        if p == ptr && l == len {
            self.word(STR, id);
            return Ok(());
        }
        self.static_miss(s, slot)
    }

    /// A static string not in its slot: by text, then kept in the slot.
    #[cold]
    #[inline(never)]
    fn static_miss(&mut self, s: &str, slot: usize) -> Result<(), Error> {
        let id = self.kept(s)?;
        self.static_ids[slot] = (s.as_ptr() as usize, s.len(), id);
        Ok(())
    }

    fn string(&mut self, s: &str) -> Result<(), Error> {
        self.kept(s).map(|_| ())
    }

    /// The string's index in both tables, sending it if it is new.
    fn kept(&mut self, s: &str) -> Result<u32, Error> {
        if let Some(&id) = self.ids.get(s) {
            self.word(STR, id);
            return Ok(id);
        }
        let units = utf16_len(s);
        if units as u64 > PAYLOAD_MAX {
            return Err(too_big());
        }
        let id = self.ids.len() as u32;
        self.ids.insert(s.into(), id);
        self.fresh.push_str(s);
        self.word(NEW, units as u32);
        Ok(id)
    }

    fn unsigned(&mut self, n: u64) {
        if n <= PAYLOAD_MAX {
            self.word(INT, n as u32);
        } else {
            self.big(false, n);
        }
    }

    fn big(&mut self, negative: bool, magnitude: u64) {
        self.word(BIG, negative as u32);
        self.words.push(magnitude as u32);
        self.words.push((magnitude >> 32) as u32);
    }

    fn float(&mut self, f: f64) {
        if !f.is_finite() {
            // As serde_json: NaN and infinities are written as null.
            self.word(CONST, 0);
            return;
        }
        let bits = f.to_bits();
        self.word(FLOAT, 0);
        self.words.push(bits as u32);
        self.words.push((bits >> 32) as u32);
    }

    fn signed(&mut self, n: i64) {
        if n >= 0 {
            self.unsigned(n as u64);
        } else {
            self.big(true, n.unsigned_abs());
        }
    }
}

#[cold]
fn too_big() -> Error {
    Error(Box::new(CrateError::new(
        ErrorCode::InvalidRequest,
        "",
        "internal: a value too large to cross",
    )))
}

impl ser::Error for Error {
    #[cold]
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(Box::new(CrateError::new(
            ErrorCode::InvalidRequest,
            "",
            format!("internal: {msg}"),
        )))
    }
}

/// An array or object being written: where its header is and how many
/// items it has so far.
pub struct Compound<'a> {
    enc: &'a mut Encoder,
    at: usize,
    n: usize,
    /// For `{"Variant": …}`: the outer object's header, closed at the end.
    outer: Option<usize>,
}

impl Compound<'_> {
    fn end(self, tag: u32) -> Result<(), Error> {
        self.enc.close(self.at, tag, self.n)?;
        if let Some(outer) = self.outer {
            self.enc.close(outer, OBJECT, 1)?;
        }
        Ok(())
    }
}

impl<'a> ser::Serializer for &'a mut Encoder {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.word(CONST, 1 + v as u32);
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.signed(v.into());
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.signed(v.into());
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.signed(v.into());
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.signed(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.unsigned(v.into());
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.unsigned(v.into());
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.unsigned(v.into());
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.unsigned(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.float(v.into());
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.float(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        if std::mem::take(&mut self.static_next) {
            return self.static_string(v);
        }
        self.string(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        // As serde_json: an array of numbers.
        if v.len() as u64 > PAYLOAD_MAX {
            return Err(too_big());
        }
        self.word(ARRAY, v.len() as u32);
        for &b in v {
            self.word(INT, b.into());
        }
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.word(CONST, 0);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.word(CONST, 0);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        name: &'static str,
    ) -> Result<(), Error> {
        self.static_string(name)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        if is_static_marker(name) {
            self.static_next = true;
            let done = v.serialize(&mut *self);
            self.static_next = false;
            return done;
        }
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        name: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.word(OBJECT, 1);
        self.static_string(name)?;
        v.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.compound(ARRAY, None))
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        name: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        self.variant(name, ARRAY)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.compound(OBJECT, None))
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        name: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        self.variant(name, OBJECT)
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        self.n += 1;
        v.serialize(&mut *self.enc)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self, ARRAY)
    }
}

/// Tuples, tuple structs and tuple variants: arrays, item by item.
macro_rules! array_like {
    ($($trait:ident::$method:ident),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
                ser::SerializeSeq::serialize_element(self, v)
            }
            fn end(self) -> Result<(), Error> {
                Compound::end(self, ARRAY)
            }
        }
    )*};
}

array_like!(
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.n += 1;
        key.serialize(KeyEncoder(&mut *self.enc))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        v.serialize(&mut *self.enc)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self, OBJECT)
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.n += 1;
        self.enc.static_string(key)?;
        v.serialize(&mut *self.enc)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self, OBJECT)
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, v)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self, OBJECT)
    }
}

/// A map key: a string, as serde_json accepts them (strings, chars, integers
/// and unit variants, integers written as their decimal text).
struct KeyEncoder<'a>(&'a mut Encoder);

fn key_must_be_a_string() -> Error {
    <Error as ser::Error>::custom("key must be a string")
}

macro_rules! integer_keys {
    ($($f:ident: $t:ty),*) => {
        $(fn $f(self, v: $t) -> Result<(), Error> {
            self.0.string(&v.to_string())
        })*
    };
}

impl ser::Serializer for KeyEncoder<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    integer_keys!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64);

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        if std::mem::take(&mut self.0.static_next) {
            return self.0.static_string(v);
        }
        self.0.string(v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.0.string(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        name: &'static str,
    ) -> Result<(), Error> {
        self.0.static_string(name)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        if is_static_marker(name) {
            self.0.static_next = true;
            let done = v.serialize(KeyEncoder(&mut *self.0));
            self.0.static_next = false;
            return done;
        }
        v.serialize(self)
    }
    fn serialize_bool(self, _: bool) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_must_be_a_string())
    }
}

/// The other side, in Rust: reads words back into JSON text, keeping its own
/// table as the JS decoder does. It exists to prove the encoder against
/// `serde_json` (tests/crossing.rs), so it is not in the wasm module.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Default)]
pub struct Decoder {
    table: Vec<String>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Decoder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Strings held.
    pub fn strings(&self) -> usize {
        self.table.len()
    }

    /// One call's words as JSON text, written as `serde_json` writes it.
    pub fn decode(&mut self, e: &Encoded) -> String {
        if e.reset {
            self.table.clear();
        }
        let fresh: Vec<u16> = e.fresh.encode_utf16().collect();
        let mut r = Reader {
            words: e.words,
            at: 0,
            fresh: &fresh,
            fresh_at: 0,
            table: &mut self.table,
            out: String::new(),
        };
        r.value();
        assert_eq!(r.at, e.words.len(), "words left over");
        assert_eq!(r.fresh_at, fresh.len(), "fresh text left over");
        r.out
    }
}

#[cfg(not(target_arch = "wasm32"))]
struct Reader<'a> {
    words: &'a [u32],
    at: usize,
    fresh: &'a [u16],
    fresh_at: usize,
    table: &'a mut Vec<String>,
    out: String,
}

#[cfg(not(target_arch = "wasm32"))]
impl Reader<'_> {
    fn next(&mut self) -> u32 {
        self.at += 1;
        self.words[self.at - 1]
    }

    fn u64(&mut self) -> u64 {
        let lo = self.next() as u64;
        lo | (self.next() as u64) << 32
    }

    fn string(&mut self, w: u32) {
        let s = match w & 7 {
            STR => self.table[(w >> 3) as usize].clone(),
            NEW => {
                let n = (w >> 3) as usize;
                let s = String::from_utf16(&self.fresh[self.fresh_at..self.fresh_at + n])
                    .expect("a whole string");
                self.fresh_at += n;
                self.table.push(s.clone());
                s
            }
            t => panic!("a string expected, tag {t}"),
        };
        self.out
            .push_str(&serde_json::to_string(&s).expect("a string"));
    }

    fn value(&mut self) {
        let w = self.next();
        let p = w >> 3;
        match w & 7 {
            CONST => self.out.push_str(["null", "false", "true"][p as usize]),
            INT => self.out.push_str(&p.to_string()),
            FLOAT => {
                let f = f64::from_bits(self.u64());
                self.out
                    .push_str(&serde_json::to_string(&f).expect("a float"));
            }
            STR | NEW => self.string(w),
            ARRAY => {
                self.out.push('[');
                for i in 0..p {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.value();
                }
                self.out.push(']');
            }
            OBJECT => {
                self.out.push('{');
                for i in 0..p {
                    if i > 0 {
                        self.out.push(',');
                    }
                    let k = self.next();
                    self.string(k);
                    self.out.push(':');
                    self.value();
                }
                self.out.push('}');
            }
            _ => {
                let m = self.u64();
                if p == 1 {
                    self.out.push('-');
                }
                self.out.push_str(&m.to_string());
            }
        }
    }
}
