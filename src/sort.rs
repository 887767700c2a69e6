//! One stable sort for the whole app. `slice::sort_by` and its kin make a copy of the standard
//! library's sort for every element type and comparison, so clippy.toml forbids them; here only
//! a list of positions is sorted, by one routine behind a `dyn` comparison, and the list is then
//! put in that order. What the copies cost: see docs/benchmarks.md#one-sort-for-the-whole-app.

use std::cmp::Ordering;

/// Sorts `list` by `compare`, keeping equal elements in their order (like `slice::sort_by`).
pub fn sort_by<T>(list: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..list.len()).collect();
    sort_positions(&mut order, &|a, b| compare(&list[a], &list[b]));
    arrange(list, order);
}

/// Sorts `list` by a key computed once per element (like `slice::sort_by_cached_key`).
pub fn sort_by_key<T, K: Ord>(list: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = list.iter().map(key).collect();
    let mut order: Vec<usize> = (0..list.len()).collect();
    sort_positions(&mut order, &|a, b| keys[a].cmp(&keys[b]));
    drop(keys);
    arrange(list, order);
}

/// The one copy of the standard sort: positions, compared through `compare`.
// The one sanctioned call of the standard sort (clippy.toml forbids it everywhere else): all
// of the app's sorts come through here, so the wasm holds one copy of it.
#[allow(clippy::disallowed_methods)]
#[inline(never)]
fn sort_positions(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|a, b| compare(*a, *b));
}

/// Puts `list` in `order` (position `i` gets the element that was at `order[i]`), following
/// each cycle of the permutation with swaps.
fn arrange<T>(list: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..list.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = std::mem::replace(&mut order[at], DONE);
            if from == start {
                break;
            }
            list.swap(at, from);
            at = from;
        }
    }
}

// The tests hold this sort to the standard one, so they call it.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[allow(clippy::disallowed_methods)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(list in prop::collection::vec((0u8..8, any::<u16>()), 0..300)) {
            let mut ours = list.clone();
            super::sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = list.clone();
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(&ours, &std, "equal keys keep their order");
            let mut keyed = list.clone();
            super::sort_by_key(&mut keyed, |x| std::cmp::Reverse(x.0));
            let mut std = list;
            std.sort_by_key(|x| std::cmp::Reverse(x.0));
            prop_assert_eq!(keyed, std);
        }
    }
}
