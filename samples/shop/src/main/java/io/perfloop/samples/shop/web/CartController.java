package io.perfloop.samples.shop.web;

import io.perfloop.samples.shop.lessons.CartQuote;
import io.perfloop.samples.shop.lessons.Lesson4SequentialCalls;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.NoSuchElementException;

/** Carts: problem 4. */
@RestController
class CartController {

    private final Lesson4SequentialCalls quotes;

    CartController(Lesson4SequentialCalls quotes) {
        this.quotes = quotes;
    }

    /** Problem 4: every line priced by the pricing service. */
    @GetMapping("/api/carts/{id}/quote")
    CartQuote quote(@PathVariable long id) {
        return quotes.quote(id).orElseThrow(() -> new NoSuchElementException("no cart " + id + " (or it is empty)"));
    }
}
