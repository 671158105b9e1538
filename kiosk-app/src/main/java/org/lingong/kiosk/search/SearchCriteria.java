package org.lingong.kiosk.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One search as the worker set it up.
 *
 * @param category  exact 工种 (e.g. 保洁), or {@code null} for any
 * @param district  a 旗县区 or the whole 盟市 (code prefix)
 * @param pay       minimum pay per day
 * @param dates     days the job must overlap, or {@code null} for any
 * @param initials  pinyin initials or ASCII letters typed on the keyboard (lower case), "" for none
 * @param offset    first result of the page (0-based)
 * @param limit     results per page (1-500)
 * @param anyOf     with no {@code category}: jobs of any of these 工种 (a returning worker's registered ones); empty
 *                  for any
 */
public record SearchCriteria(@Nullable String category, District district, PayFilter pay, @Nullable DateRange dates,
                             String initials, SearchSort sort, int offset, int limit, List<String> anyOf) {

    /** A search without the worker's preferred 工种. */
    public SearchCriteria(@Nullable String category, District district, PayFilter pay, @Nullable DateRange dates,
                          String initials, SearchSort sort, int offset, int limit) {
        this(category, district, pay, dates, initials, sort, offset, limit, List.of());
    }

    public SearchCriteria {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(pay, "pay");
        Objects.requireNonNull(initials, "initials");
        Objects.requireNonNull(sort, "sort");
        anyOf = anyOf == null || category != null ? List.of() : List.copyOf(anyOf);
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("need offset >= 0 and 1 <= limit <= 500, got " + offset + "/" + limit);
        }
    }

    public Optional<DateRange> dateRange() {
        return Optional.ofNullable(dates);
    }
}
