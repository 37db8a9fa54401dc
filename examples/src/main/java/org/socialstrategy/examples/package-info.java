/**
 * Small runnable programs that show the library at work. Each has a test, and the README's snippets
 * are taken from them, so the documentation cannot drift from code that compiles.
 */
package org.socialstrategy.examples;
