package org.attache.core.data.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An object's members keep their order and are found by name, a few or two hundred thousand of them. */
class MembersTest {
    @Test
    void aWideObjectKeepsOrderAndFindsEveryMemberAndEveryDuplicate() {
        Members members = new Members();
        int n = 200_000;
        for (int i = 0; i < n; i++) assertNull(members.put("k" + i, new JsonValue.JsonNumber(i, true, 0)));
        assertEquals(JsonValue.JsonNumber.class, members.put("k7", new JsonValue.JsonNumber(-7, true, 0)).getClass(), "a duplicate is seen");
        assertEquals(n, members.size());
        for (int i = 0; i < n; i += 997) assertEquals(i == 7 ? -7 : i, ((JsonValue.JsonNumber) members.get("k" + i)).value(), 0);
        assertNull(members.get("k" + n));
        List<String> order = new ArrayList<>();
        members.keySet().forEach(order::add);
        assertEquals("k0", order.get(0));
        assertEquals("k" + (n - 1), order.get(n - 1));
    }

    @Test
    void aSmallObjectBehavesTheSame() {
        Members members = new Members();
        for (int i = 0; i < Members.INDEXED_FROM; i++) members.put("f" + i, new JsonValue.JsonNumber(i, true, 0));
        assertEquals(Members.INDEXED_FROM, members.size());
        assertEquals(3, ((JsonValue.JsonNumber) members.get("f3")).value(), 0);
        members.put("more", new JsonValue.JsonNumber(99, true, 0));
        assertEquals(3, ((JsonValue.JsonNumber) members.get("f3")).value(), 0, "found the same once indexed");
        assertEquals(99, ((JsonValue.JsonNumber) members.get("more")).value(), 0);
    }
}
