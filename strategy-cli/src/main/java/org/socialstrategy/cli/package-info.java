/**
 * The {@code sbs} command line over the model, validation, scoring and files. Filled by the
 * command-line work.
 */
package org.socialstrategy.cli;
