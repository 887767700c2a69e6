//! A store in memory: for native tests, and for a browser that refuses to keep anything.

use super::{Store, StoreError};
use std::collections::BTreeMap;

/// Keeps values in a map. `capacity` (in characters, as localStorage counts them) lets a test
/// play a full store.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    values: BTreeMap<String, String>,
    capacity: Option<usize>,
}

impl MemoryStore {
    /// A store that refuses a write once keys and values would exceed `chars` characters.
    pub fn with_capacity(chars: usize) -> MemoryStore {
        MemoryStore {
            values: BTreeMap::new(),
            capacity: Some(chars),
        }
    }

    /// UTF-16 code units in keys and values: what browsers count against the quota.
    pub fn used(&self) -> usize {
        self.used_without("")
    }

    fn used_without(&self, key: &str) -> usize {
        let size = |(k, v): (&String, &String)| k.encode_utf16().count() + v.encode_utf16().count();
        self.values
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(size)
            .sum()
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.values.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(capacity) = self.capacity {
            let after =
                self.used_without(key) + key.encode_utf16().count() + value.encode_utf16().count();
            if after > capacity {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.values.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.values.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.values.keys().cloned().collect())
    }
}
