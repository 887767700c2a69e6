//! Moving one item of an ordered list up or down, for groups and tasks.

use crate::domain::Id;

/// Moves `id` one place earlier or later in `order` (items with their stored positions, in
/// shown order) and returns the items whose position must change. Positions are renumbered
/// 1, 2, … as shown, so equal positions left by a merge are pulled apart on the first move.
pub(super) fn move_one(order: &[(Id, u32)], id: &Id, earlier: bool) -> Vec<(Id, u32)> {
    let Some(at) = order.iter().position(|(item, _)| item == id) else {
        return Vec::new();
    };
    let to = match earlier {
        true if at > 0 => at - 1,
        false if at + 1 < order.len() => at + 1,
        _ => return Vec::new(),
    };
    let mut ids: Vec<&Id> = order.iter().map(|(item, _)| item).collect();
    ids.swap(at, to);
    let positions = (1..).zip(ids);
    positions
        .filter(|(position, item)| {
            let old = order.iter().find(|(o, _)| o == *item).map(|(_, p)| *p);
            old != Some(*position)
        })
        .map(|(position, item)| (item.clone(), position))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::fixtures::id;

    #[test]
    fn moving_up_swaps_with_the_one_before_and_touches_only_those() {
        let order = [(id(1), 1), (id(2), 2), (id(3), 3)];
        assert_eq!(move_one(&order, &id(3), true), [(id(3), 2), (id(2), 3)]);
        assert_eq!(move_one(&order, &id(1), false), [(id(2), 1), (id(1), 2)]);
    }

    #[test]
    fn the_ends_do_not_move_further() {
        let order = [(id(1), 1), (id(2), 2)];
        assert!(move_one(&order, &id(1), true).is_empty());
        assert!(move_one(&order, &id(2), false).is_empty());
        assert!(move_one(&order, &id(9), false).is_empty());
    }

    #[test]
    fn equal_positions_from_a_merge_are_pulled_apart() {
        let order = [(id(1), 4), (id(2), 4), (id(3), 4)];
        let changed = move_one(&order, &id(3), true);
        assert_eq!(changed, [(id(1), 1), (id(3), 2), (id(2), 3)]);
    }
}
