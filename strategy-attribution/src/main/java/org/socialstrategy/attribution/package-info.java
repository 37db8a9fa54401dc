/** Attribution of conversions to touchpoints and tactics. */
package org.socialstrategy.attribution;
