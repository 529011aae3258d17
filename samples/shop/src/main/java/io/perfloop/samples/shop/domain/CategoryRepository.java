package io.perfloop.samples.shop.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Categories. */
public interface CategoryRepository extends JpaRepository<Category, Long> {

    /** Whether {@code id} has child categories. */
    boolean existsByParentId(Long id);
}
