/**
 * Places mentioned in the text, resolved against a GeoNames extract with the story's countries as
 * context. Depends on {@code text} and {@code actor}.
 */
package org.dateline.place;
