package org.socialstrategy.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a tactic runs: a social network, a hosted community, an owned digital channel, or an
 * offline means such as a suggestion box or a phone call. A strategy compares them on the value
 * they create, not on hype, so offline channels are as much a channel as Facebook.
 *
 * <p>An open catalog: {@link #of(String)} returns a well-known channel for its key or an alias
 * ({@code "twitter"} is {@link #X}), and a custom channel of kind {@link ChannelKind#OTHER} for any
 * other text; {@link #custom(String, ChannelKind)} makes a custom channel of a known kind.
 */
public final class Channel extends CatalogValue {

  private static final Catalog<Channel> CATALOG = new Catalog<>("channel");

  /** Facebook pages, groups and shops. */
  public static final Channel FACEBOOK =
      known("facebook", "Facebook", ChannelKind.SOCIAL_NETWORK, "fb", "facebook page");

  /** Instagram. */
  public static final Channel INSTAGRAM =
      known("instagram", "Instagram", ChannelKind.SOCIAL_NETWORK, "ig");

  /** X, formerly Twitter. */
  public static final Channel X =
      known("x", "X (Twitter)", ChannelKind.SOCIAL_NETWORK, "twitter", "x/twitter", "x-twitter");

  /** LinkedIn. */
  public static final Channel LINKEDIN = known("linkedin", "LinkedIn", ChannelKind.SOCIAL_NETWORK);

  /** YouTube. */
  public static final Channel YOUTUBE = known("youtube", "YouTube", ChannelKind.SOCIAL_NETWORK);

  /** TikTok. */
  public static final Channel TIKTOK = known("tiktok", "TikTok", ChannelKind.SOCIAL_NETWORK);

  /** Pinterest. */
  public static final Channel PINTEREST =
      known("pinterest", "Pinterest", ChannelKind.SOCIAL_NETWORK);

  /** Reddit. */
  public static final Channel REDDIT = known("reddit", "Reddit", ChannelKind.SOCIAL_NETWORK);

  /** WhatsApp. */
  public static final Channel WHATSAPP = known("whatsapp", "WhatsApp", ChannelKind.SOCIAL_NETWORK);

  /** A customer support community the organization hosts. */
  public static final Channel SUPPORT_COMMUNITY =
      known(
          "support-community",
          "Support community",
          ChannelKind.COMMUNITY,
          "community",
          "online community",
          "support forum",
          "social support community");

  /** An internal enterprise social network for employees. */
  public static final Channel ENTERPRISE_SOCIAL_NETWORK =
      known(
          "enterprise-social-network",
          "Enterprise social network",
          ChannelKind.COMMUNITY,
          "esn",
          "internal social network");

  /** A blog the organization publishes. */
  public static final Channel BLOG = known("blog", "Blog", ChannelKind.OWNED_DIGITAL);

  /** The organization's website. */
  public static final Channel WEBSITE =
      known("website", "Website", ChannelKind.OWNED_DIGITAL, "web", "web site");

  /** Email. */
  public static final Channel EMAIL =
      known("email", "Email", ChannelKind.OWNED_DIGITAL, "e-mail", "newsletter");

  /** The organization's mobile app. */
  public static final Channel MOBILE_APP =
      known("mobile-app", "Mobile app", ChannelKind.OWNED_DIGITAL, "app");

  /** In a store or branch, face to face. */
  public static final Channel IN_STORE =
      known("in-store", "In store", ChannelKind.OFFLINE, "store", "retail store", "branch");

  /** Telephone, including direct calls to customers. */
  public static final Channel PHONE =
      known(
          "phone",
          "Phone",
          ChannelKind.OFFLINE,
          "telephone",
          "phone calls",
          "direct phone calls",
          "call center");

  /** A suggestion box, physical or on paper. */
  public static final Channel SUGGESTION_BOX =
      known("suggestion-box", "Suggestion box", ChannelKind.OFFLINE);

  /** Events, meetups, trade shows. */
  public static final Channel EVENT =
      known("event", "Event", ChannelKind.OFFLINE, "events", "trade show", "meetup");

  /** Direct mail and print. */
  public static final Channel DIRECT_MAIL =
      known("direct-mail", "Direct mail", ChannelKind.OFFLINE, "mail", "print");

  private final ChannelKind kind;

  private Channel(String key, String label, ChannelKind kind, boolean wellKnown) {
    super(key, label, wellKnown);
    this.kind = kind;
  }

  private static Channel known(String key, String label, ChannelKind kind, String... aliases) {
    return CATALOG.add(new Channel(key, label, kind, true), aliases);
  }

  /**
   * Returns the well-known channel the text names, by key or alias in any case and spacing, or a
   * custom channel of kind {@link ChannelKind#OTHER} with the text as its label.
   *
   * @param text the channel's name, e.g. {@code "Facebook"} or {@code "mastodon"}
   * @return the channel
   * @throws IllegalArgumentException if the text is blank
   */
  public static Channel of(String text) {
    String key = CATALOG.key(text);
    return CATALOG
        .find(key)
        .orElseGet(() -> new Channel(key, text.strip(), ChannelKind.OTHER, false));
  }

  /**
   * Returns the well-known channel the text names, or a custom channel of the given kind.
   *
   * @param text the channel's name
   * @param kind the kind of a custom channel; ignored for a well-known one
   * @return the channel
   * @throws IllegalArgumentException if the text is blank
   */
  public static Channel custom(String text, ChannelKind kind) {
    Objects.requireNonNull(kind, "kind");
    String key = CATALOG.key(text);
    return CATALOG.find(key).orElseGet(() -> new Channel(key, text.strip(), kind, false));
  }

  /**
   * Returns the well-known channels in catalog order.
   *
   * @return the well-known channels
   */
  public static List<Channel> wellKnown() {
    return CATALOG.values();
  }

  /**
   * Returns what sort of channel this is.
   *
   * @return the channel's kind
   */
  public ChannelKind kind() {
    return kind;
  }

  /**
   * Tells whether this is a social channel (a network or a hosted community).
   *
   * @return true for a social channel
   */
  public boolean isSocial() {
    return kind.isSocial();
  }

  /**
   * Channels are equal when their keys and kinds are equal.
   *
   * @param other the object to compare with
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return super.equals(other) && kind == ((Channel) other).kind;
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + kind.hashCode();
  }
}
