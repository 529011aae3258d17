package io.perfloop.samples.shop.data;

import java.util.SplittableRandom;

/** Deterministic filler text and names for the seeded rows. */
final class Words {

    private static final String[] VOCABULARY = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod "
            + "tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation "
            + "ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit "
            + "esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia "
            + "deserunt mollit anim id est laborum durable lightweight waterproof ergonomic premium compact robust "
            + "handcrafted recycled stainless breathable adjustable wireless rechargeable modular foldable washable "
            + "warranty included designed tested certified delivered assembled packaged sustainable quality comfort "
            + "performance reliable versatile elegant classic modern everyday outdoor indoor travel kitchen office")
            .split(" ");
    static final String[] FIRST_NAMES = {"Ada", "Alan", "Grace", "Linus", "Barbara", "Ken", "Margaret", "Dennis",
        "Frances", "John", "Radia", "Edsger", "Hedy", "Tim", "Katherine", "Donald", "Sophie", "Niklaus", "Anita", "Guido"};
    static final String[] LAST_NAMES = {"Lovelace", "Turing", "Hopper", "Torvalds", "Liskov", "Thompson", "Hamilton",
        "Ritchie", "Allen", "Backus", "Perlman", "Dijkstra", "Lamarr", "Berners-Lee", "Johnson", "Knuth", "Wilson",
        "Wirth", "Borg", "Rossum"};
    static final String[] BRANDS = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne",
        "Tyrell", "Cyberdyne", "Soylent", "Wonka"};
    static final String[] COLORS = {"black", "white", "red", "blue", "green", "grey", "yellow", "orange", "purple", "brown"};
    static final String[] MATERIALS = {"steel", "aluminium", "oak", "bamboo", "cotton", "wool", "glass", "ceramic",
        "leather", "polycarbonate"};
    static final String[] NOUNS = {"Lamp", "Chair", "Kettle", "Backpack", "Headphones", "Jacket", "Blender", "Desk",
        "Tent", "Bottle", "Keyboard", "Mug", "Sneakers", "Drill", "Speaker", "Watch"};
    static final String[] ADJECTIVES = {"Classic", "Pro", "Mini", "Ultra", "Eco", "Smart", "Travel", "Deluxe", "Basic",
        "Urban"};
    static final String[] ROOT_CATEGORIES = {"Books", "Electronics", "Home", "Garden", "Toys", "Sports", "Fashion",
        "Beauty", "Food", "Automotive"};
    static final String[] STREETS = {"Main Street", "High Street", "Station Road", "Church Lane", "Mill Road",
        "Park Avenue", "Queen Street", "Market Square"};
    static final String[] CITIES = {"Amsterdam", "Berlin", "Copenhagen", "Dublin", "Edinburgh", "Florence", "Geneva",
        "Helsinki", "Lisbon", "Vienna"};

    private Words() {
    }

    static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** Sentences of filler words, about {@code length} characters long. */
    static String text(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder(length + 16);
        boolean sentenceStart = true;
        while (text.length() < length) {
            String word = pick(random, VOCABULARY);
            if (sentenceStart) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                sentenceStart = false;
            }
            text.append(word);
            if (random.nextInt(10) == 0) {
                text.append('.');
                sentenceStart = true;
            } else if (random.nextInt(12) == 0) {
                text.append(',');
            }
            text.append(' ');
        }
        text.setLength(text.length() - 1);
        if (text.charAt(text.length() - 1) != '.') {
            text.append('.');
        }
        return text.toString();
    }
}
