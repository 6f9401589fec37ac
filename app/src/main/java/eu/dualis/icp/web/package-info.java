/** The ICP page: the seven core elements as cards, each with a section to add its evidence. */
package eu.dualis.icp.web;
