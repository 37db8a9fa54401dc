/**
 * Attribution models: first touch, last touch, last non-direct touch, linear, position based, time
 * decay, the k-order Markov removal effect solved exactly, and Shapley values. Each has a name and
 * parameters that print, and {@link org.socialstrategy.attribution.model.Models#parse(String)}
 * reads them back.
 */
package org.socialstrategy.attribution.model;
