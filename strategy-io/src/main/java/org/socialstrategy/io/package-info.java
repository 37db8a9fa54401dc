/**
 * Strategy files: the versioned JSON and YAML format, its JSON Schema, reports and exports. Filled
 * by the file-format work.
 */
package org.socialstrategy.io;
