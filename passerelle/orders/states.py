"""Order and sub-order lifecycles as pure transition tables; services ask here before writing."""

from __future__ import annotations

from enum import StrEnum


class OrderStatus(StrEnum):
    PENDING_PAYMENT = "pending_payment"
    PAYMENT_PROCESSING = "payment_processing"
    PAID = "paid"
    REFUNDED = "refunded"  # every sub-order refunded
    CANCELLED = "cancelled"


class SubOrderStatus(StrEnum):
    PENDING_PAYMENT = "pending_payment"
    PAID = "paid"
    SHIPPED = "shipped"
    REFUNDED = "refunded"
    CANCELLED = "cancelled"


ORDER_TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.PENDING_PAYMENT: frozenset({OrderStatus.PAYMENT_PROCESSING, OrderStatus.CANCELLED}),
    # A decline returns the order to pending so the buyer can try another card.
    OrderStatus.PAYMENT_PROCESSING: frozenset({OrderStatus.PAID, OrderStatus.PENDING_PAYMENT}),
    OrderStatus.PAID: frozenset({OrderStatus.REFUNDED}),
    OrderStatus.REFUNDED: frozenset(),
    OrderStatus.CANCELLED: frozenset(),
}

SUB_ORDER_TRANSITIONS: dict[SubOrderStatus, frozenset[SubOrderStatus]] = {
    SubOrderStatus.PENDING_PAYMENT: frozenset({SubOrderStatus.PAID, SubOrderStatus.CANCELLED}),
    SubOrderStatus.PAID: frozenset({SubOrderStatus.SHIPPED, SubOrderStatus.REFUNDED}),
    SubOrderStatus.SHIPPED: frozenset({SubOrderStatus.REFUNDED}),
    SubOrderStatus.REFUNDED: frozenset(),
    SubOrderStatus.CANCELLED: frozenset(),
}


class TransitionError(ValueError):
    pass


def check_order_transition(current: str, target: str) -> None:
    if OrderStatus(target) not in ORDER_TRANSITIONS[OrderStatus(current)]:
        raise TransitionError(f"An order that is {current!r} cannot become {target!r}")


def check_sub_order_transition(current: str, target: str) -> None:
    if SubOrderStatus(target) not in SUB_ORDER_TRANSITIONS[SubOrderStatus(current)]:
        raise TransitionError(f"A sub-order that is {current!r} cannot become {target!r}")
