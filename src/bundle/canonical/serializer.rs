//! The serde side of the canonical writer: `Canonical` as a `Serializer`, and the compound
//! serializers answered by an `Array` or an `Object` of the parent module.

use super::{scalar, string, Array, Canonical, Object};
use serde::ser::{self, Serialize};
use serde_json::Error;

impl<'a> ser::Serializer for Canonical<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Array<'a>;
    type SerializeTuple = Array<'a>;
    type SerializeTupleStruct = Array<'a>;
    type SerializeTupleVariant = Array<'a>;
    type SerializeMap = Object<'a>;
    type SerializeStruct = Object<'a>;
    type SerializeStructVariant = Object<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        // A value holds every float as f64, and writes it so.
        scalar(&mut self.w.out, &f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        scalar(&mut self.w.out, &v)
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        string(&mut self.w.out, v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut array = self.array("]");
        v.iter().try_for_each(|b| array.element(b))?;
        array.close()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.w.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        string(&mut self.w.out, variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.open_variant(variant)?;
        value.serialize(Canonical { w: self.w })?;
        self.w.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Array<'a>, Error> {
        Ok(self.array("]"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Array<'a>, Error> {
        Ok(self.array("]"))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Array<'a>, Error> {
        Ok(self.array("]"))
    }
    fn serialize_tuple_variant(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Array<'a>, Error> {
        self.open_variant(variant)?;
        Ok(self.array("]}"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Object<'a>, Error> {
        Ok(self.object(false))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Object<'a>, Error> {
        Ok(self.object(false))
    }
    fn serialize_struct_variant(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Object<'a>, Error> {
        self.open_variant(variant)?;
        Ok(self.object(true))
    }
}

/// serde's seven compound-serializer traits, all answered by an [`Array`] or an [`Object`].
macro_rules! elements {
    ($($trait:ident, $method:ident;)+) => {$(
        impl ser::$trait for Array<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            fn end(self) -> Result<(), Error> {
                self.close()
            }
        }
    )+};
}

macro_rules! fields {
    ($($trait:ident;)+) => {$(
        impl ser::$trait for Object<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Error> {
                self.name(key)?;
                self.value(value)
            }
            fn end(self) -> Result<(), Error> {
                self.close()
            }
        }
    )+};
}

elements! {
    SerializeSeq, serialize_element;
    SerializeTuple, serialize_element;
    SerializeTupleStruct, serialize_field;
    SerializeTupleVariant, serialize_field;
}

fields! {
    SerializeStruct;
    SerializeStructVariant;
}

impl ser::SerializeMap for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.map_key(key)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.value(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}
