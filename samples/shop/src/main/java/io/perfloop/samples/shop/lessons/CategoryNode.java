package io.perfloop.samples.shop.lessons;

import java.util.List;

/**
 * A node of the category tree with figures for its whole subtree (problem 5).
 *
 * @param id           category id
 * @param name         category name
 * @param productCount products in this category and below
 * @param unitsSold    units sold, over all orders, in this category and below
 * @param children     child categories, by id
 */
public record CategoryNode(long id, String name, long productCount, long unitsSold, List<CategoryNode> children) {
}
